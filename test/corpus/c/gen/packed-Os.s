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
	stmw 28,16(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 29,3
	stw 0,36(1)
	.cfi_offset 65, 4
	mr 28,4
	bl mul_hh
	mr 4,28
	mr 31,3
	mr 3,29
	bl mul_ll
	mr 4,29
	srawi 30,3,15
	mr 3,28
	bl mul_hl
	srawi 31,31,15
	subf 30,30,31
	mr 4,28
	mr 31,3
	mr 3,29
	bl mul_hl
	srawi 31,31,15
	srawi 3,3,15
	addi 11,1,32
	add 3,31,3
	rlwimi 3,30,16,0,31-16
	b _restgpr_28_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 65
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
	rlwinm 9,9,15,0,15
	rlwinm 4,4,31,16,31
	or 3,9,4
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
	rlwinm 9,9,15,0,15
	rlwinm 4,4,31,16,31
	or 3,9,4
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
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"re(a*b)"
.LC1:
	.string	"im(a*b)"
.LC2:
	.string	"-1*-1 wraps"
.LC3:
	.string	"X["
.LC4:
	.string	"]="
.LC5:
	.string	"peak bin"
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
	stmw 16,80(1)
	.cfi_offset 65, 4
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
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
	.cfi_offset 31, -4
	bl cmul
	srawi 4,3,16
	mr 31,3
	lis 3,.LC0@ha
	lis 26,.LANCHOR0@ha
	la 3,.LC0@l(3)
	la 26,.LANCHOR0@l(26)
	bl show_int
	lis 3,.LC1@ha
	extsh 4,31
	la 3,.LC1@l(3)
	bl show_int
	lis 4,0x8000
	lis 3,0x8000
	bl cmul
	srawi 4,3,16
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 9,16
	addi 8,26,-2
	addi 10,1,4
	mtctr 9
.L12:
	lhau 9,2(8)
	addi 9,9,4000
	slwi 9,9,16
	stwu 9,4(10)
	bdnz .L12
	addi 8,1,8
	li 9,0
	mr 29,8
.L16:
	srwi 7,9,3
	rlwinm 10,9,31,30,30
	or 10,10,7
	rlwinm 7,9,3,28,28
	or 10,10,7
	rlwinm 7,9,1,29,29
	or 10,10,7
	addi 7,8,4
	cmplw 0,10,9
	addi 9,9,1
	ble- 0,.L13
	slwi 10,10,2
	lwz 6,0(8)
	lwzx 5,29,10
	stw 5,0(8)
	mr 8,7
	stwx 6,29,10
	b .L16
.L13:
	cmplwi 0,9,16
	mr 8,7
	bne+ 0,.L16
	li 30,4
	li 31,2
	li 18,16
.L15:
	divwu 21,18,31
	srwi 17,31,1
	slwi 16,31,2
	slwi 20,31,1
	addi 24,1,4
	li 22,0
	slwi 21,21,2
.L17:
	addi 23,26,32
	mr 28,24
	mr 25,17
.L18:
	lwzu 19,4(28)
	lwz 4,0(23)
	add 23,23,21
	lwzx 3,28,20
	bl cmul
	mr 4,3
	mr 27,3
	mr 3,19
	bl cadd_half
	mr 4,27
	stw 3,0(28)
	mr 3,19
	bl csub_half
	addic. 25,25,-1
	stwx 3,28,20
	bne+ 0,.L18
	add 22,22,31
	add 24,24,16
	cmplwi 0,22,15
	ble+ 0,.L17
	addic. 30,30,-1
	slwi 31,31,1
	bne+ 0,.L15
	lis 24,.LC3@ha
	lis 23,.LC4@ha
	li 27,0
	li 28,-1
	li 22,0
	la 24,.LC3@l(24)
	la 23,.LC4@l(23)
.L21:
	slwi 9,27,2
	mr 3,24
	lwzx 26,29,9
	bl print_str
	mr 3,27
	bl print_int
	mr 3,23
	srawi 25,26,16
	bl print_str
	mr 3,25
	extsh 31,26
	bl print_int
	li 3,44
	bl print_char
	mr 3,31
	srawi 31,31,15
	bl print_int
	bl print_nl
	srawi 9,26,31
	xor 26,26,31
	xor 25,9,25
	subf 31,31,26
	subf 9,9,25
	rlwinm 31,31,0,0xffff
	add 9,9,31
	cmpw 0,9,22
	ble- 0,.L20
	mr 28,27
	mr 22,9
.L20:
	addi 27,27,1
	cmpwi 0,27,16
	bne+ 0,.L21
	lis 3,.LC5@ha
	mr 4,28
	la 3,.LC5@l(3)
	lis 31,0xff
	lis 25,0x9e37
	bl show_int
	li 26,64
	ori 31,31,0x1234
	ori 25,25,0x79b1
.L22:
	not 27,31
	mr 3,31
	mulli 27,27,7
	mulli 24,30,3
	mr 4,27
	bl umul_hh
	mr 4,27
	mr 30,3
	mr 3,31
	bl umul_ll
	srwi 30,30,4
	slwi 3,3,1
	mr 4,27
	xor 30,30,3
	mr 3,31
	bl umul_hl
	mr 4,31
	mr 29,3
	mullw 31,31,25
	mr 3,27
	slwi 29,29,2
	bl umul_hl
	xor 30,30,3
	addic. 26,26,-1
	xor 30,29,30
	addis 31,31,0x1
	add 30,30,24
	addi 31,31,-25033
	bne+ 0,.L22
	lis 3,.LC6@ha
	mr 4,30
	la 3,.LC6@l(3)
	mulli 28,28,10
	bl show_hex
	lha 3,8(1)
	addi 11,1,144
	addi 9,3,-1
	nor 3,3,9
	srwi 3,3,31
	add 3,3,28
	b _restgpr_16_x
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
	.cfi_restore 65
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
