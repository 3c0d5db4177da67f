	.file	"structs.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC2:
	.string	"=("
	.align 2
.LC3:
	.string	")\n"
	.section	".text"
	.align 2
	.type	show_vec, @function
show_vec:
.LFB5:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lwz 30,0(4)
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	lwz 31,4(4)
	bl print_str
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl print_str
	mr 3,30
	bl print_int
	li 3,44
	bl print_char
	mr 3,31
	bl print_int
	lwz 0,20(1)
	lwz 30,8(1)
	lis 3,.LC3@ha
	lwz 31,12(1)
	la 3,.LC3@l(3)
	mtlr 0
	.cfi_restore 65
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	b print_str
	.cfi_endproc
.LFE5:
	.size	show_vec,.-show_vec
	.section	.rodata.str1.4
	.align 2
.LC4:
	.string	"a+b"
	.align 2
.LC5:
	.string	"3a"
	.align 2
.LC6:
	.string	"a.b"
	.align 2
.LC7:
	.string	"lo"
	.align 2
.LC8:
	.string	"hi"
	.align 2
.LC9:
	.string	"alive:"
	.align 2
.LC10:
	.string	"mass"
	.align 2
.LC11:
	.string	"bitfields"
	.align 2
.LC12:
	.string	"corpus"
	.align 2
.LC13:
	.string	"halves"
	.align 2
.LC14:
	.string	"bytes"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB6:
	.cfi_startproc
	stwu 1,-560(1)
	.cfi_def_cfa_offset 560
	lis 3,.LC4@ha
	mflr 0
	li 10,-4
	li 9,7
	la 3,.LC4@l(3)
	addi 4,1,520
	stw 0,564(1)
	stw 29,548(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	lis 29,0xb216
	stw 30,552(1)
	.cfi_offset 30, -8
	lis 30,0xcccc
	stw 31,556(1)
	.cfi_offset 31, -4
	addi 31,1,8
	stw 10,520(1)
	ori 29,29,0x42c9
	stw 9,524(1)
	ori 30,30,0xcccd
	stw 27,540(1)
	stw 28,544(1)
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	bl show_vec
	lis 3,.LC5@ha
	li 10,9
	li 9,-12
	addi 4,1,520
	la 3,.LC5@l(3)
	stw 10,520(1)
	stw 9,524(1)
	bl show_vec
	lis 3,.LC6@ha
	li 4,-65
	la 3,.LC6@l(3)
	bl show_int
	lis 0,0x2492
	li 9,16
	mr 6,31
	ori 0,0,0x4925
	li 11,100
	li 3,-80
	li 10,0
	li 12,1
	mtctr 9
.L5:
	mulhwu 9,10,0
	addi 5,10,97
	mullw 28,10,10
	addi 27,11,37
	mulhwu 8,10,30
	stw 3,0(6)
	subf 4,9,10
	sth 11,16(6)
	mulhwu 7,28,29
	srwi 4,4,1
	add 9,9,4
	srwi 8,8,2
	srwi 9,9,2
	mulli 8,8,5
	srwi 7,7,4
	mulli 9,9,7
	mulli 7,7,23
	subf 8,8,10
	subf 9,9,10
	addi 8,8,-2
	subf 7,7,28
	subfic 9,9,3
	addi 7,7,-11
	stb 12,18(6)
	stw 9,12(6)
	mr 11,27
	stw 7,4(6)
	addi 3,3,10
	stw 8,8(6)
	addi 10,10,1
	stb 5,19(6)
	addi 6,6,20
	bdnz .L5
	li 3,0
	addi 11,31,320
	li 4,0
.L6:
	subf 9,31,11
	lis 8,0xccc
	addi 10,9,-20
	ori 8,8,0xcccd
	srwi 10,10,2
	cmpwi 6,3,10
	mullw 10,10,8
	mr 9,31
	rlwinm 10,10,0,2,31
	addi 10,10,1
	mtctr 10
.L13:
	lbz 10,18(9)
	cmpwi 0,10,0
	beq- 0,.L8
	lwz 6,0(9)
	lwz 8,8(9)
	lwz 10,12(9)
	lwz 7,4(9)
	neg 0,8
	add 8,8,6
	addi 6,8,100
	neg 5,10
	cmplwi 0,6,200
	add 10,10,7
	addi 6,10,50
	stw 8,0(9)
	stw 10,4(9)
	cmplwi 5,6,100
	cmplwi 7,6,100
	ble- 0,.L9
	stw 0,8(9)
	ble- 5,.L8
.L10:
	stw 5,12(9)
.L8:
	addi 9,9,20
	bdnz .L13
.L47:
	addi 3,3,1
	cmpwi 0,3,50
	bne+ 0,.L6
	addi 10,1,28
	lis 8,0xccc
	subf 9,10,11
	ori 8,8,0xcccd
	addi 9,9,-20
	lwz 6,8(1)
	srwi 9,9,2
	lwz 7,12(1)
	mullw 9,9,8
	mr 11,6
	mr 5,7
	rlwinm 9,9,0,2,31
	addi 9,9,1
	mtctr 9
.L20:
	lbz 9,18(10)
	cmpwi 0,9,0
	beq- 0,.L15
	lwz 8,0(10)
	cmpw 0,6,8
	cmpw 7,11,8
	ble- 0,.L16
	mr 6,8
.L16:
	lwz 9,4(10)
	cmpw 5,7,9
	cmpw 0,5,9
	ble- 5,.L17
	mr 7,9
.L17:
	bge- 7,.L18
	mr 11,8
.L18:
	bge- 0,.L15
	mr 5,9
.L15:
	addi 10,10,20
	bdnz .L20
	stw 6,492(1)
	lis 3,.LC7@ha
	stw 7,496(1)
	addi 4,1,520
	stw 11,500(1)
	la 3,.LC7@l(3)
	lwz 10,492(1)
	addi 30,1,24
	lwz 11,496(1)
	addi 28,31,336
	stw 5,504(1)
	li 27,0
	stw 10,520(1)
	li 29,0
	stw 11,524(1)
	bl show_vec
	lwz 10,500(1)
	lis 3,.LC8@ha
	lwz 11,504(1)
	addi 4,1,520
	la 3,.LC8@l(3)
	stw 10,520(1)
	stw 11,524(1)
	bl show_vec
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl print_str
	b .L22
.L21:
	addi 30,30,20
	cmplw 0,30,28
	beq- 0,.L46
.L22:
	lbz 9,2(30)
	cmpwi 0,9,0
	beq+ 0,.L21
	lha 9,0(30)
	li 3,32
	addi 30,30,20
	addi 29,29,1
	add 27,27,9
	bl print_char
	lbz 3,-17(30)
	bl print_char
	cmplw 0,30,28
	bne+ 0,.L22
.L46:
	bl print_nl
	lis 3,.LC10@ha
	mr 4,27
	la 3,.LC10@l(3)
	bl show_int
	li 9,8
	li 8,-30
	li 10,0
	li 7,0
	addi 4,1,460
	mtctr 9
.L23:
	slwi 5,7,2
	rlwinm 3,10,13,11,18
	lhzx 6,4,5
	rlwinm 9,10,8,19,23
	or 9,9,3
	rlwinm 3,8,2,24,29
	or 9,9,3
	rlwinm 3,7,1,30,30
	or 9,9,3
	rlwinm 6,6,0,31,31
	or 9,9,6
	addi 10,10,11
	sthx 9,4,5
	addi 8,8,9
	addi 7,7,1
	bdnz .L23
	li 9,8
	li 8,0
	li 4,0
	mtctr 9
.L24:
	slwi 9,8,2
	mulli 4,4,3
	add 9,31,9
	addi 8,8,1
	lwz 9,452(9)
	srwi 7,9,29
	slwi 10,9,8
	add 4,4,7
	srawi 10,10,26
	rlwinm 7,9,11,24,28
	slwi 10,10,8
	add 4,4,7
	rlwinm 9,9,31,15,15
	add 4,4,10
	add 4,9,4
	bdnz .L24
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_int
	li 9,0
	li 5,1
	li 3,4
	lis 4,.LC12@ha
	li 6,16
	li 8,36
	li 10,49
	li 11,9
	li 7,25
	stw 9,416(1)
	la 4,.LC12@l(4)
	li 9,64
	stw 5,420(1)
	stw 3,424(1)
	li 5,7
	addi 3,1,452
	stw 6,432(1)
	stw 8,440(1)
	stw 10,444(1)
	stw 9,448(1)
	stw 11,428(1)
	stw 7,436(1)
	bl memcpy
	addi 4,1,416
	addi 3,1,328
	li 5,44
	bl memcpy
	lbz 6,452(1)
	li 8,4
	addi 10,1,364
	addi 9,1,324
	mtctr 8
.L25:
	lwzu 8,4(9)
	lwzu 7,-4(10)
	stw 7,0(9)
	stw 8,0(10)
	bdnz .L25
	xori 6,6,0x20
	addi 4,1,328
	addi 3,1,372
	li 5,44
	stb 6,364(1)
	bl memcpy
	addi 4,1,372
	li 5,44
	addi 3,1,328
	lwz 31,332(1)
	bl memcpy
	addi 3,1,364
	bl print_str
	li 3,32
	bl print_char
	lwz 3,328(1)
	bl print_int
	li 3,32
	bl print_char
	lwz 3,360(1)
	bl print_int
	bl print_nl
	lis 3,.LC13@ha
	lis 4,0x1122
	la 3,.LC13@l(3)
	ori 4,4,0x3344
	bl show_hex
	lis 3,.LC14@ha
	lis 4,0x4433
	la 3,.LC14@l(3)
	ori 4,4,0x2211
	bl show_hex
	lwz 9,420(1)
	lwz 0,564(1)
	slwi 3,29,2
	lwz 27,540(1)
	xor 9,9,31
	lwz 28,544(1)
	addic 9,9,-1
	lwz 29,548(1)
	lwz 30,552(1)
	addze 3,3
	lwz 31,556(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	addi 1,1,560
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L9:
	.cfi_restore_state
	mullw 8,8,8
	mullw 10,10,10
	bgt- 7,.L10
	add 8,8,10
	cmpwi 0,8,24
	bgt- 0,.L8
	ble- 6,.L8
	stb 4,18(9)
	addi 9,9,20
	bdnz .L13
	b .L47
	.cfi_endproc
.LFE6:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
