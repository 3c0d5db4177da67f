	.file	"structs.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"=("
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
	stmw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lwz 30,0(4)
	stw 0,20(1)
	.cfi_offset 65, 4
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
	.section	.rodata.str1.1
.LC4:
	.string	"a+b"
.LC5:
	.string	"3a"
.LC6:
	.string	"a.b"
.LC7:
	.string	"lo"
.LC8:
	.string	"hi"
.LC9:
	.string	"alive:"
.LC10:
	.string	"mass"
.LC11:
	.string	"bitfields"
.LC12:
	.string	"corpus"
.LC13:
	.string	"halves"
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
	li 9,-4
	lis 3,.LC4@ha
	mflr 0
	la 3,.LC4@l(3)
	stw 9,520(1)
	addi 4,1,520
	li 9,7
	stw 0,564(1)
	stmw 27,540(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	addi 30,1,8
	stw 9,524(1)
	bl show_vec
	li 9,9
	lis 3,.LC5@ha
	stw 9,520(1)
	addi 4,1,520
	li 9,-12
	la 3,.LC5@l(3)
	stw 9,524(1)
	bl show_vec
	lis 3,.LC6@ha
	li 4,-65
	la 3,.LC6@l(3)
	mr 31,30
	bl show_int
	li 8,16
	mr 10,30
	li 9,0
	li 3,23
	li 4,5
	li 5,7
	li 6,1
	mtctr 8
.L4:
	mullw 7,9,9
	stb 6,18(10)
	mulli 8,9,10
	addi 10,10,20
	addi 8,8,-80
	stw 8,-20(10)
	divw 8,7,3
	mulli 8,8,23
	subf 8,8,7
	addi 8,8,-11
	stw 8,-16(10)
	divw 8,9,4
	mulli 8,8,5
	subf 8,8,9
	addi 8,8,-2
	stw 8,-12(10)
	divw 8,9,5
	mulli 8,8,7
	subf 8,8,9
	subfic 8,8,3
	stw 8,-8(10)
	mulli 8,9,37
	addi 8,8,100
	sth 8,-4(10)
	addi 8,9,97
	stb 8,-1(10)
	addi 9,9,1
	bdnz .L4
	li 7,0
	li 3,0
.L5:
	li 10,16
	cmpwi 0,7,10
	mr 9,30
	mtctr 10
.L12:
	lbz 10,18(9)
	cmpwi 7,10,0
	beq- 7,.L7
	lwz 10,0(9)
	lwz 5,8(9)
	lwz 8,4(9)
	lwz 6,12(9)
	add 10,5,10
	addi 4,10,100
	stw 10,0(9)
	cmplwi 7,4,200
	add 8,6,8
	stw 8,4(9)
	addi 4,8,50
	ble- 7,.L8
	cmplwi 7,4,100
	neg 5,5
	stw 5,8(9)
	bgt- 7,.L9
.L7:
	addi 9,9,20
	bdnz .L12
	addi 7,7,1
	cmpwi 0,7,50
	bne+ 0,.L5
	lwz 8,8(1)
	li 7,15
	lwz 10,12(1)
	mr 9,30
	mtctr 7
	mr 4,8
	mr 5,10
.L19:
	lbz 7,38(9)
	cmpwi 0,7,0
	beq- 0,.L14
	lwz 6,20(9)
	cmpw 0,8,6
	ble- 0,.L15
	mr 8,6
.L15:
	lwz 7,24(9)
	cmpw 0,10,7
	ble- 0,.L16
	mr 10,7
.L16:
	cmpw 0,4,6
	bge- 0,.L17
	mr 4,6
.L17:
	cmpw 0,5,7
	bge- 0,.L14
	mr 5,7
.L14:
	addi 9,9,20
	bdnz .L19
	stw 8,492(1)
	lis 3,.LC7@ha
	stw 10,496(1)
	la 3,.LC7@l(3)
	stw 4,500(1)
	addi 4,1,520
	lwz 10,492(1)
	li 27,16
	lwz 11,496(1)
	li 28,0
	stw 5,504(1)
	li 29,0
	stw 10,520(1)
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
.L21:
	lbz 9,18(30)
	cmpwi 0,9,0
	beq+ 0,.L20
	lha 9,16(30)
	li 3,32
	addi 29,29,1
	add 28,28,9
	bl print_char
	lbz 3,19(30)
	bl print_char
.L20:
	addic. 27,27,-1
	addi 30,30,20
	bne+ 0,.L21
	bl print_nl
	lis 3,.LC10@ha
	mr 4,28
	la 3,.LC10@l(3)
	bl show_int
	li 9,8
	li 10,0
	addi 6,1,460
	mtctr 9
.L22:
	mulli 9,10,11
	slwi 7,10,2
	mulli 8,10,3
	rlwinm 9,9,8,19,23
	rlwinm 8,8,13,16,18
	or 9,9,8
	mulli 8,10,9
	addi 8,8,34
	rlwinm 8,8,2,24,29
	or 9,9,8
	rlwinm 8,10,1,30,30
	or 9,9,8
	lhzx 8,6,7
	addi 10,10,1
	rlwinm 8,8,0,31,31
	or 9,9,8
	sthx 9,6,7
	bdnz .L22
	li 9,8
	li 8,0
	li 4,0
	mtctr 9
.L23:
	slwi 9,8,2
	mulli 4,4,3
	add 9,31,9
	addi 8,8,1
	lwz 9,452(9)
	srwi 10,9,29
	add 4,4,10
	rlwinm 10,9,11,24,28
	add 4,4,10
	slwi 10,9,8
	srawi 10,10,26
	rlwinm 9,9,31,15,15
	slwi 10,10,8
	add 4,4,10
	add 4,9,4
	bdnz .L23
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_int
	li 9,0
	stw 9,416(1)
	li 9,1
	stw 9,420(1)
	li 9,4
	stw 9,424(1)
	li 9,9
	stw 9,428(1)
	li 9,16
	stw 9,432(1)
	li 9,25
	stw 9,436(1)
	li 9,36
	stw 9,440(1)
	lis 4,.LC12@ha
	li 9,49
	li 5,7
	stw 9,444(1)
	la 4,.LC12@l(4)
	li 9,64
	addi 3,1,452
	stw 9,448(1)
	bl memcpy
	li 5,44
	addi 4,1,416
	addi 3,1,328
	bl memcpy
	lbz 8,452(1)
	addi 10,1,364
	li 7,4
	addi 9,1,328
	mr 30,10
	mtctr 7
.L24:
	lwz 7,0(9)
	addi 9,9,4
	lwzu 6,-4(10)
	stw 6,-4(9)
	stw 7,0(10)
	bdnz .L24
	xori 8,8,0x20
	li 5,44
	addi 4,1,328
	addi 3,1,372
	stb 8,364(1)
	bl memcpy
	li 5,44
	addi 4,1,372
	addi 3,1,328
	lwz 31,332(1)
	bl memcpy
	mr 3,30
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
	lis 4,0x1122
	lis 3,.LC13@ha
	ori 4,4,0x3344
	la 3,.LC13@l(3)
	bl show_hex
	lis 4,0x4433
	lis 3,.LC14@ha
	ori 4,4,0x2211
	la 3,.LC14@l(3)
	bl show_hex
	lwz 9,420(1)
	slwi 3,29,2
	addi 11,1,560
	xor 9,9,31
	addic 9,9,-1
	addze 3,3
	b _restgpr_27_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
.L8:
	.cfi_restore_state
	cmplwi 7,4,100
	ble- 7,.L11
.L9:
	neg 6,6
	stw 6,12(9)
	b .L7
.L11:
	mullw 10,10,10
	mullw 8,8,8
	add 10,10,8
	cmpwi 7,10,24
	bgt- 7,.L7
	ble- 0,.L7
	stb 3,18(9)
	b .L7
	.cfi_endproc
.LFE6:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
