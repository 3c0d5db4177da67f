	.file	"packed.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	re, @function
re:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srawi 9,9,16
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	re,.-re
	.align 2
	.type	im, @function
im:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	extsh 9,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	im,.-im
	.align 2
	.type	pack, @function
pack:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	slwi 10,9,16
	lwz 9,12(31)
	rlwinm 9,9,0,0xffff
	or 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	pack,.-pack
	.align 2
	.type	mul_hh, @function
mul_hh:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	srawi 10,9,16
	lwz 9,12(31)
	srawi 9,9,16
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	mul_hh,.-mul_hh
	.align 2
	.type	mul_ll, @function
mul_ll:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	extsh 10,9
	lwz 9,12(31)
	extsh 9,9
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	mul_ll,.-mul_ll
	.align 2
	.type	mul_hl, @function
mul_hl:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	srawi 10,9,16
	lwz 9,12(31)
	extsh 9,9
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	mul_hl,.-mul_hl
	.align 2
	.type	cmul, @function
cmul:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 30,40(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 4,28(31)
	lwz 3,24(31)
	bl mul_hh
	mr 9,3
	srawi 30,9,15
	lwz 4,28(31)
	lwz 3,24(31)
	bl mul_ll
	mr 9,3
	srawi 9,9,15
	subf 9,9,30
	stw 9,8(31)
	lwz 4,24(31)
	lwz 3,28(31)
	bl mul_hl
	mr 9,3
	srawi 30,9,15
	lwz 4,28(31)
	lwz 3,24(31)
	bl mul_hl
	mr 9,3
	srawi 9,9,15
	add 9,30,9
	stw 9,12(31)
	lwz 4,12(31)
	lwz 3,8(31)
	bl pack
	mr 9,3
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	cmul,.-cmul
	.align 2
	.type	cadd_half, @function
cadd_half:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 29,20(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 3,8(31)
	bl re
	mr 30,3
	lwz 3,12(31)
	bl re
	mr 9,3
	add 9,30,9
	srawi 30,9,1
	lwz 3,8(31)
	bl im
	mr 29,3
	lwz 3,12(31)
	bl im
	mr 9,3
	add 9,29,9
	srawi 9,9,1
	mr 4,9
	mr 3,30
	bl pack
	mr 9,3
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	cadd_half,.-cadd_half
	.align 2
	.type	csub_half, @function
csub_half:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 29,20(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 3,8(31)
	bl re
	mr 30,3
	lwz 3,12(31)
	bl re
	mr 9,3
	subf 9,9,30
	srawi 30,9,1
	lwz 3,8(31)
	bl im
	mr 29,3
	lwz 3,12(31)
	bl im
	mr 9,3
	subf 9,9,29
	srawi 9,9,1
	mr 4,9
	mr 3,30
	bl pack
	mr 9,3
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	csub_half,.-csub_half
	.align 2
	.type	umul_hh, @function
umul_hh:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	srwi 10,9,16
	lwz 9,12(31)
	srwi 9,9,16
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	umul_hh,.-umul_hh
	.align 2
	.type	umul_ll, @function
umul_ll:
.LFB10:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	rlwinm 10,9,0,16,31
	lwz 9,12(31)
	rlwinm 9,9,0,16,31
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	umul_ll,.-umul_ll
	.align 2
	.type	umul_hl, @function
umul_hl:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	srwi 10,9,16
	lwz 9,12(31)
	rlwinm 9,9,0,16,31
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	umul_hl,.-umul_hl
	.align 2
	.type	energy, @function
energy:
.LFB12:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 4,12(31)
	lwz 3,8(31)
	bl umul_hh
	mr 9,3
	srwi 30,9,4
	lwz 4,12(31)
	lwz 3,8(31)
	bl umul_ll
	mr 9,3
	slwi 9,9,1
	xor 30,30,9
	lwz 4,12(31)
	lwz 3,8(31)
	bl umul_hl
	mr 9,3
	slwi 9,9,2
	xor 30,30,9
	lwz 4,8(31)
	lwz 3,12(31)
	bl umul_hl
	mr 9,3
	xor 9,30,9
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE12:
	.size	energy,.-energy
	.section	.rodata
	.align 2
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
	.section	".text"
	.align 2
	.type	fft16, @function
fft16:
.LFB13:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 30,72(1)
	stw 31,76(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,56(31)
	li 9,0
	stw 9,8(31)
	b .L28
.L30:
	lwz 9,8(31)
	slwi 9,9,3
	rlwinm 10,9,0,28,28
	lwz 9,8(31)
	slwi 9,9,1
	rlwinm 9,9,0,29,29
	or 10,10,9
	lwz 9,8(31)
	srwi 9,9,1
	rlwinm 9,9,0,30,30
	or 10,10,9
	lwz 9,8(31)
	srwi 9,9,3
	rlwinm 9,9,0,31,31
	or 9,10,9
	stw 9,36(31)
	lwz 10,36(31)
	lwz 9,8(31)
	cmplw 0,10,9
	ble 0,.L29
	lwz 9,8(31)
	slwi 9,9,2
	lwz 10,56(31)
	add 9,10,9
	lwz 9,0(9)
	stw 9,40(31)
	lwz 9,36(31)
	slwi 9,9,2
	lwz 10,56(31)
	add 10,10,9
	lwz 9,8(31)
	slwi 9,9,2
	lwz 8,56(31)
	add 9,8,9
	lwz 10,0(10)
	stw 10,0(9)
	lwz 9,36(31)
	slwi 9,9,2
	lwz 10,56(31)
	add 9,10,9
	lwz 10,40(31)
	stw 10,0(9)
.L29:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L28:
	lwz 9,8(31)
	cmplwi 0,9,15
	ble 0,.L30
	li 9,2
	stw 9,12(31)
	b .L31
.L36:
	li 10,16
	lwz 9,12(31)
	divwu 9,10,9
	stw 9,24(31)
	li 9,0
	stw 9,16(31)
	b .L32
.L35:
	li 9,0
	stw 9,20(31)
	b .L33
.L34:
	lwz 10,16(31)
	lwz 9,20(31)
	add 9,10,9
	slwi 9,9,2
	lwz 10,56(31)
	add 9,10,9
	lwz 9,0(9)
	stw 9,28(31)
	lwz 10,16(31)
	lwz 9,20(31)
	add 10,10,9
	lwz 9,12(31)
	srwi 9,9,1
	add 9,10,9
	slwi 9,9,2
	lwz 10,56(31)
	add 9,10,9
	lwz 8,0(9)
	lwz 10,20(31)
	lwz 9,24(31)
	mullw 9,10,9
	lis 10,W@ha
	la 10,W@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 4,9
	mr 3,8
	bl cmul
	stw 3,32(31)
	lwz 10,16(31)
	lwz 9,20(31)
	add 9,10,9
	slwi 9,9,2
	lwz 10,56(31)
	add 30,10,9
	lwz 4,32(31)
	lwz 3,28(31)
	bl cadd_half
	mr 9,3
	stw 9,0(30)
	lwz 10,16(31)
	lwz 9,20(31)
	add 10,10,9
	lwz 9,12(31)
	srwi 9,9,1
	add 9,10,9
	slwi 9,9,2
	lwz 10,56(31)
	add 30,10,9
	lwz 4,32(31)
	lwz 3,28(31)
	bl csub_half
	mr 9,3
	stw 9,0(30)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L33:
	lwz 9,12(31)
	srwi 9,9,1
	lwz 10,20(31)
	cmplw 0,10,9
	blt 0,.L34
	lwz 10,16(31)
	lwz 9,12(31)
	add 9,10,9
	stw 9,16(31)
.L32:
	lwz 9,16(31)
	cmplwi 0,9,15
	ble 0,.L35
	lwz 9,12(31)
	slwi 9,9,1
	stw 9,12(31)
.L31:
	lwz 9,12(31)
	cmplwi 0,9,16
	ble 0,.L36
	nop
	nop
	addi 11,31,80
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE13:
	.size	fft16,.-fft16
	.section	.rodata
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
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	mflr 0
	stw 0,148(1)
	stw 30,136(1)
	stw 31,140(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 4,-8192
	li 3,16384
	bl pack
	stw 3,36(31)
	li 4,30000
	li 3,-12000
	bl pack
	stw 3,40(31)
	lwz 4,40(31)
	lwz 3,36(31)
	bl cmul
	stw 3,44(31)
	lwz 3,44(31)
	bl re
	mr 9,3
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	lwz 3,44(31)
	bl im
	mr 9,3
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 4,0
	li 3,-32768
	bl pack
	mr 30,3
	li 4,0
	li 3,-32768
	bl pack
	mr 9,3
	mr 4,9
	mr 3,30
	bl cmul
	stw 3,48(31)
	lwz 3,48(31)
	bl re
	mr 9,3
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 9,0
	stw 9,8(31)
	b .L38
.L39:
	lis 9,cos3.0@ha
	la 10,cos3.0@l(9)
	lwz 9,8(31)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	extsh 9,9
	addi 9,9,4000
	li 4,0
	mr 3,9
	bl pack
	mr 8,3
	lwz 9,8(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,56
	stw 8,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L38:
	lwz 9,8(31)
	cmpwi 0,9,15
	ble 0,.L39
	addi 9,31,64
	mr 3,9
	bl fft16
	li 9,0
	stw 9,12(31)
	li 9,-1
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L40
.L42:
	lwz 9,20(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,56
	lwz 9,0(9)
	mr 3,9
	bl re
	stw 3,52(31)
	lwz 9,20(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,56
	lwz 9,0(9)
	mr 3,9
	bl im
	stw 3,56(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	lwz 3,20(31)
	bl print_int
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl print_str
	lwz 3,52(31)
	bl print_int
	li 3,44
	bl print_char
	lwz 3,56(31)
	bl print_int
	bl print_nl
	lwz 9,52(31)
	srawi 9,9,31
	lwz 10,52(31)
	xor 10,9,10
	subf 10,9,10
	lwz 9,56(31)
	srawi 8,9,31
	lwz 9,56(31)
	xor 9,8,9
	subf 9,8,9
	add 9,10,9
	stw 9,60(31)
	lwz 10,60(31)
	lwz 9,12(31)
	cmpw 0,10,9
	ble 0,.L41
	lwz 9,60(31)
	stw 9,12(31)
	lwz 9,20(31)
	stw 9,16(31)
.L41:
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L40:
	lwz 9,20(31)
	cmpwi 0,9,15
	ble 0,.L42
	lwz 4,16(31)
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 9,0
	stw 9,24(31)
	lis 9,0xff
	ori 9,9,0x1234
	stw 9,28(31)
	li 9,0
	stw 9,32(31)
	b .L43
.L44:
	lwz 9,24(31)
	mulli 30,9,3
	lwz 9,28(31)
	not 9,9
	mulli 9,9,7
	mr 4,9
	lwz 3,28(31)
	bl energy
	mr 9,3
	add 9,30,9
	stw 9,24(31)
	lwz 10,28(31)
	lis 9,0x9e37
	ori 9,9,0x79b1
	mullw 9,10,9
	addis 9,9,0x1
	addi 9,9,-25033
	stw 9,28(31)
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L43:
	lwz 9,32(31)
	cmpwi 0,9,63
	ble 0,.L44
	lwz 4,24(31)
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_hex
	lwz 9,16(31)
	mulli 30,9,10
	lwz 9,64(31)
	mr 3,9
	bl re
	mr 9,3
	addi 10,9,-1
	or 9,9,10
	not 9,9
	srwi 9,9,31
	rlwinm 9,9,0,0xff
	add 9,30,9
	mr 3,9
	addi 11,31,144
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE14:
	.size	main,.-main
	.section	.rodata
	.align 1
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
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
