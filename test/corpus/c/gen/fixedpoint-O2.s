	.file	"fixedpoint.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	recip16, @function
recip16:
.LFB8:
	.cfi_startproc
	mr 10,3
	lis 8,0x2
	cmplw 0,10,8
	li 3,0
	ori 3,3,0x8000
	ble- 0,.L10
.L2:
	li 9,6
	lis 7,0x2
	mtctr 9
.L4:
	mullw 9,3,10
	mulhwu 8,3,10
	srwi 9,9,16
	rlwimi 9,8,16,0,31-16
	subf 9,9,7
	mullw 8,9,3
	mulhwu 9,9,3
	srwi 3,8,16
	rlwimi 3,9,16,0,31-16
	bdnz .L4
	blr
.L10:
	lis 3,0x1
	b .L2
	.cfi_endproc
.LFE8:
	.size	recip16,.-recip16
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"q15 table"
	.align 2
.LC1:
	.string	"-1*-1 (q15)"
	.align 2
.LC2:
	.string	"0.5*0.5"
	.align 2
.LC3:
	.string	"sat add"
	.align 2
.LC4:
	.string	"sat sub"
	.align 2
.LC5:
	.string	"q7 sum"
	.align 2
.LC6:
	.string	"-1*-1 (q7)"
	.align 2
.LC7:
	.string	"u8 sat"
	.align 2
.LC8:
	.string	"sine:"
	.align 2
.LC9:
	.string	"peak"
	.align 2
.LC10:
	.string	"zero crossings"
	.align 2
.LC11:
	.string	"fir sum"
	.align 2
.LC12:
	.string	"recip(3.0)"
	.align 2
.LC13:
	.string	"recip(0.75)"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	li 4,0
	ori 4,4,0x8000
	stw 30,56(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	la 30,.LANCHOR0@l(30)
	stw 25,36(1)
	stw 26,40(1)
	addi 11,30,-2
	stw 27,44(1)
	mr 3,11
	stw 28,48(1)
	stw 29,52(1)
	stw 0,68(1)
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 65, 4
	addi 0,30,18
	stw 31,60(1)
	.cfi_offset 31, -4
	li 31,0
.L19:
	li 9,10
	lhau 7,2(3)
	mr 5,11
	mtctr 9
	b .L18
.L13:
	cmpwi 0,31,-32768
	blt- 0,.L16
	rlwinm 31,31,0,16,31
	cmpwi 0,8,32767
	add 31,31,10
	li 9,32767
	mulli 31,31,31
	ble- 0,.L55
.L15:
	add 31,31,9
	bdz .L56
.L18:
	lhau 8,2(5)
	mulli 10,31,31
	li 6,32767
	mullw 9,7,8
	addi 9,9,16384
	srawi 9,9,15
	cmpw 0,9,4
	beq- 0,.L12
	rlwinm 6,9,0,16,31
.L12:
	add 31,7,8
	add 10,10,6
	cmpwi 0,31,32767
	subf 8,8,7
	mulli 10,10,31
	ble+ 0,.L13
	addi 10,10,32767
	rlwinm 9,8,0,16,31
	mulli 31,10,31
.L59:
	add 31,31,9
	bdnz .L18
.L56:
	cmplw 0,0,3
	bne+ 0,.L19
	lis 3,.LC0@ha
	mr 4,31
	la 3,.LC0@l(3)
	bl show_hex
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	li 4,32767
	bl show_int
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	li 4,8192
	bl show_int
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	li 4,32767
	bl show_int
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	li 4,-32768
	bl show_int
	li 3,16448
	li 6,-896
	li 5,-128
	li 4,0
.L23:
	li 10,37
	addi 9,5,-128
	mr 7,3
	mtctr 10
.L22:
	srawi 8,7,7
	cmpwi 0,9,127
	cmpwi 7,8,128
	li 10,127
	cmpwi 5,9,-128
	beq- 7,.L57
.L20:
	bgt- 0,.L21
	blt- 5,.L38
	extsb 10,9
.L21:
	add 10,10,8
	add 7,7,6
	add 4,4,10
	addi 9,9,7
	bdnz .L22
	addi 5,5,5
	addi 6,6,35
	cmpwi 0,5,132
	addi 3,3,-640
	bne+ 0,.L23
	lis 3,.LC5@ha
	li 28,0
	la 3,.LC5@l(3)
	li 26,0
	bl show_int
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	li 4,127
	bl show_int
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	li 4,255
	bl show_int
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	li 25,0
	bl print_str
	li 29,3212
	li 27,0
	b .L27
.L24:
	extsh 9,29
	cmpw 7,25,27
	mulli 9,9,32138
	cmpwi 0,28,64
	addi 9,9,16384
	bge- 7,.L25
	mr 25,27
.L25:
	srawi 9,9,15
	slwi 9,9,1
	subf 9,27,9
	mr 27,29
	xor 10,29,9
	mr 29,9
	srwi 10,10,31
	add 26,26,10
	beq- 0,.L58
.L27:
	andi. 9,28,0x7
	addi 28,28,1
	bne+ 0,.L24
	li 3,32
	bl print_char
	mr 3,27
	bl print_int
	b .L24
.L55:
	cmpwi 0,8,-32768
	mr 9,4
	blt- 0,.L15
	rlwinm 9,8,0,16,31
	b .L59
.L57:
	li 8,127
	b .L20
.L38:
	li 10,-128
	b .L21
.L16:
	addis 9,10,0x1
	addi 9,9,-32768
	mulli 31,9,31
	rlwinm 9,8,0,16,31
	b .L59
.L58:
	bl print_nl
	lis 3,.LC9@ha
	mr 4,25
	la 3,.LC9@l(3)
	bl show_int
	lis 3,.LC10@ha
	mr 4,26
	la 3,.LC10@l(3)
	bl show_int
	li 9,0
	stw 9,8(1)
	lis 0,0x41c6
	stw 9,12(1)
	lis 11,0x51eb
	stw 9,16(1)
	ori 0,0,0x4e6d
	stw 9,20(1)
	ori 11,11,0x851f
	li 3,0
	li 4,0
	li 5,12345
.L33:
	mulhwu 9,3,11
	li 7,-20000
	mullw 5,5,0
	andi. 9,9,0x8
	addi 5,5,12345
	beq- 0,.L28
	li 7,20000
.L28:
	rlwinm 10,5,16,21,31
	addi 9,1,22
	addi 8,10,-1024
	li 10,7
	mtctr 10
	add 8,8,7
.L29:
	lhzu 10,-2(9)
	sth 10,2(9)
	bdnz .L29
	li 9,8
	sth 8,8(1)
	addi 7,1,6
	addi 8,30,18
	li 10,0
	mtctr 9
.L30:
	lhau 9,2(7)
	lhau 6,2(8)
	mullw 9,9,6
	srawi 9,9,15
	add 10,10,9
	bdnz .L30
	cmpwi 0,10,-32768
	bge- 0,.L31
	li 10,-32768
.L32:
	addi 3,3,1
	add 4,4,10
	cmpwi 0,3,200
	bne+ 0,.L33
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_int
	lis 3,0x3
	bl recip16
	mr 4,3
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	bl show_hex
	li 3,0
	ori 3,3,0xc000
	bl recip16
	mr 4,3
	lis 3,.LC13@ha
	la 3,.LC13@l(3)
	bl show_hex
	lwz 0,68(1)
	rlwinm 3,31,0,25,31
	lwz 25,36(1)
	lwz 26,40(1)
	lwz 27,44(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 28,48(1)
	lwz 29,52(1)
	lwz 30,56(1)
	lwz 31,60(1)
	addi 1,1,64
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	blr
.L31:
	.cfi_restore_state
	cmpwi 0,10,32767
	ble- 0,.L32
	li 10,32767
	b .L32
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	vals.1, @object
	.size	vals.1, 20
vals.1:
	.short	0
	.short	1
	.short	-1
	.short	16384
	.short	-16384
	.short	32767
	.short	-32768
	.short	23170
	.short	-12345
	.short	3
	.type	taps.0, @object
	.size	taps.0, 16
taps.0:
	.short	1024
	.short	2048
	.short	4096
	.short	8192
	.short	8192
	.short	4096
	.short	2048
	.short	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
