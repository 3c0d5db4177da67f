	.file	"packed.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	mul_hh, @function
mul_hh:
.LFB3:
	.cfi_startproc
	mulhhw 3,4,3
	blr
	.cfi_endproc
.LFE3:
	.size	mul_hh,.-mul_hh
	.align 2
	.type	mul_ll, @function
mul_ll:
.LFB4:
	.cfi_startproc
	mullhw 3,4,3
	blr
	.cfi_endproc
.LFE4:
	.size	mul_ll,.-mul_ll
	.align 2
	.type	mul_hl, @function
mul_hl:
.LFB5:
	.cfi_startproc
	mulchw 3,4,3
	blr
	.cfi_endproc
.LFE5:
	.size	mul_hl,.-mul_hl
	.align 2
	.type	cmul, @function
cmul:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 28,16(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	mr 28,4
	stw 29,20(1)
	.cfi_offset 29, -12
	mr 29,3
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl mul_hh
	mr 31,3
	mr 4,28
	mr 3,29
	srawi 31,31,15
	bl mul_ll
	mr 4,29
	srawi 30,3,15
	mr 3,28
	bl mul_hl
	subf 30,30,31
	mr 4,28
	mr 31,3
	mr 3,29
	srawi 31,31,15
	bl mul_hl
	lwz 0,36(1)
	srawi 3,3,15
	lwz 28,16(1)
	add 3,31,3
	lwz 29,20(1)
	rlwimi 3,30,16,0,31-16
	lwz 31,28(1)
	lwz 30,24(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE6:
	.size	cmul,.-cmul
	.align 2
	.type	cadd_half, @function
cadd_half:
.LFB7:
	.cfi_startproc
	srawi 9,4,16
	srawi 10,3,16
	extsh 4,4
	extsh 3,3
	add 9,9,10
	add 4,4,3
	rlwinm 4,4,31,16,31
	rlwinm 3,9,15,0,15
	or 3,3,4
	blr
	.cfi_endproc
.LFE7:
	.size	cadd_half,.-cadd_half
	.align 2
	.type	csub_half, @function
csub_half:
.LFB8:
	.cfi_startproc
	srawi 10,3,16
	srawi 9,4,16
	extsh 3,3
	extsh 4,4
	subf 9,9,10
	subf 4,4,3
	rlwinm 4,4,31,16,31
	rlwinm 3,9,15,0,15
	or 3,3,4
	blr
	.cfi_endproc
.LFE8:
	.size	csub_half,.-csub_half
	.align 2
	.type	umul_hh, @function
umul_hh:
.LFB9:
	.cfi_startproc
	mulhhwu 3,4,3
	blr
	.cfi_endproc
.LFE9:
	.size	umul_hh,.-umul_hh
	.align 2
	.type	umul_ll, @function
umul_ll:
.LFB10:
	.cfi_startproc
	mullhwu 3,4,3
	blr
	.cfi_endproc
.LFE10:
	.size	umul_ll,.-umul_ll
	.align 2
	.type	umul_hl, @function
umul_hl:
.LFB11:
	.cfi_startproc
	mulchwu 3,4,3
	blr
	.cfi_endproc
.LFE11:
	.size	umul_hl,.-umul_hl
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"re(a*b)"
	.align 2
.LC1:
	.string	"im(a*b)"
	.align 2
.LC2:
	.string	"-1*-1 wraps"
	.align 2
.LC3:
	.string	"X["
	.align 2
.LC4:
	.string	"]="
	.align 2
.LC5:
	.string	"peak bin"
	.align 2
.LC6:
	.string	"energy"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	lis 4,0xd120
	lis 3,0x4000
	mflr 0
	ori 4,4,0x7530
	ori 3,3,0xe000
	stw 0,148(1)
	stw 20,96(1)
	.cfi_offset 65, 4
	.cfi_offset 20, -48
	addi 20,1,4
	stw 31,140(1)
	stw 16,80(1)
	stw 17,84(1)
	stw 18,88(1)
	stw 19,92(1)
	stw 21,100(1)
	stw 22,104(1)
	stw 23,108(1)
	stw 24,112(1)
	stw 25,116(1)
	stw 26,120(1)
	stw 27,124(1)
	stw 28,128(1)
	stw 29,132(1)
	stw 30,136(1)
	.cfi_offset 31, -4
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	bl cmul
	mr 31,3
	lis 3,.LC0@ha
	srawi 4,31,16
	la 3,.LC0@l(3)
	bl show_int
	lis 3,.LC1@ha
	extsh 4,31
	la 3,.LC1@l(3)
	bl show_int
	lis 4,0x8000
	lis 3,0x8000
	bl cmul
	lis 9,.LC2@ha
	srawi 4,3,16
	la 3,.LC2@l(9)
	bl show_int
	lis 8,.LANCHOR0@ha
	la 8,.LANCHOR0@l(8)
	li 9,8
	mr 7,20
	addi 8,8,-2
	mtctr 9
.L13:
	lha 10,2(8)
	addi 7,7,8
	lha 9,4(8)
	addi 8,8,4
	addi 10,10,4000
	addi 9,9,4000
	slwi 10,10,16
	slwi 9,9,16
	stw 10,-4(7)
	stw 9,0(7)
	bdnz .L13
	addi 6,1,8
	li 10,0
	mr 8,6
.L17:
	srwi 7,10,3
	rlwinm 9,10,31,30,30
	or 9,9,7
	rlwinm 7,10,3,28,28
	or 9,9,7
	rlwinm 7,10,1,29,29
	or 9,9,7
	cmplw 0,9,10
	slwi 7,9,2
	ble- 0,.L14
.L33:
	lwz 9,0(8)
	addi 10,10,1
	lwzx 5,6,7
	addi 8,8,4
	stw 5,-4(8)
	stwx 9,6,7
	srwi 7,10,3
	rlwinm 9,10,31,30,30
	or 9,9,7
	rlwinm 7,10,3,28,28
	or 9,9,7
	rlwinm 7,10,1,29,29
	or 9,9,7
	cmplw 0,9,10
	slwi 7,9,2
	bgt- 0,.L33
.L14:
	addi 10,10,1
	addi 8,8,4
	cmplwi 0,10,16
	bne+ 0,.L17
	lis 17,.LANCHOR0+32@ha
	li 24,4
	la 17,.LANCHOR0+32@l(17)
	li 21,2
	li 16,16
.L16:
	divwu 25,16,21
	srwi 18,21,1
	slwi 19,21,2
	slwi 26,21,1
	mr 22,20
	li 23,0
	slwi 25,25,2
.L18:
	mr 28,17
	mr 31,22
	mr 29,18
.L19:
	lwzu 27,4(31)
	lwz 4,0(28)
	add 28,28,25
	lwzx 3,31,26
	bl cmul
	mr 30,3
	mr 3,27
	mr 4,30
	bl cadd_half
	mr 4,30
	mr 9,3
	mr 3,27
	stw 9,0(31)
	bl csub_half
	addic. 29,29,-1
	stwx 3,31,26
	bne+ 0,.L19
	add 23,23,21
	add 22,22,19
	cmplwi 0,23,15
	ble+ 0,.L18
	addic. 24,24,-1
	slwi 21,21,1
	bne+ 0,.L16
	lis 23,.LC3@ha
	lis 25,.LC4@ha
	la 23,.LC3@l(23)
	la 25,.LC4@l(25)
	li 28,0
	li 26,-1
	li 27,0
.L22:
	lwzu 31,4(20)
	mr 3,23
	bl print_str
	mr 3,28
	bl print_int
	mr 3,25
	srawi 29,31,16
	bl print_str
	mr 3,29
	extsh 30,31
	bl print_int
	li 3,44
	bl print_char
	mr 3,30
	srawi 30,30,15
	bl print_int
	bl print_nl
	xor 9,31,30
	srawi 31,31,31
	subf 30,30,9
	xor 29,31,29
	rlwinm 30,30,0,0xffff
	subf 31,31,29
	add 31,31,30
	cmpw 0,31,27
	ble- 0,.L21
	mr 27,31
	mr 26,28
.L21:
	addi 28,28,1
	cmpwi 0,28,16
	bne+ 0,.L22
	lis 3,.LC5@ha
	mr 4,26
	la 3,.LC5@l(3)
	lis 31,0xff
	lis 25,0x9e37
	li 27,64
	bl show_int
	ori 31,31,0x1234
	ori 25,25,0x79b1
.L23:
	not 28,31
	mr 3,31
	mulli 28,28,7
	mulli 24,24,3
	mr 4,28
	bl umul_hh
	mr 4,28
	mr 30,3
	mr 3,31
	bl umul_ll
	srwi 30,30,4
	slwi 9,3,1
	mr 4,28
	mr 3,31
	xor 30,30,9
	bl umul_hl
	mr 4,31
	mr 29,3
	mullw 31,31,25
	mr 3,28
	slwi 29,29,2
	bl umul_hl
	xor 30,30,3
	addic. 27,27,-1
	xor 29,29,30
	addis 31,31,0x1
	add 24,29,24
	addi 31,31,-25033
	bne+ 0,.L23
	lis 3,.LC6@ha
	mr 4,24
	la 3,.LC6@l(3)
	mulli 26,26,10
	bl show_hex
	lha 9,8(1)
	lwz 0,148(1)
	lwz 16,80(1)
	addi 10,9,-1
	lwz 17,84(1)
	nor 9,9,10
	lwz 18,88(1)
	srwi 3,9,31
	lwz 19,92(1)
	add 3,3,26
	lwz 20,96(1)
	lwz 21,100(1)
	mtlr 0
	.cfi_restore 65
	lwz 22,104(1)
	lwz 23,108(1)
	lwz 24,112(1)
	lwz 25,116(1)
	lwz 26,120(1)
	lwz 27,124(1)
	lwz 28,128(1)
	lwz 29,132(1)
	lwz 30,136(1)
	lwz 31,140(1)
	addi 1,1,144
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE14:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	cos3.0, @object
	.size	cos3.0, 32
cos3.0:
	.short	16384
	.short	6270
	.short	-11585
	.short	-15137
	.short	0
	.short	15137
	.short	11585
	.short	-6270
	.short	-16384
	.short	-6270
	.short	11585
	.short	15137
	.short	0
	.short	-15137
	.short	-11585
	.short	6270
	.type	W, @object
	.size	W, 32
W:
	.long	2147418112
	.long	1984089860
	.long	1518511486
	.long	821791166
	.long	32769
	.long	-821720642
	.long	-1518426754
	.long	-1983983868
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
