	.file	"arith32.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	sdiv, @function
sdiv:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	divw 9,10,9
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
	.size	sdiv,.-sdiv
	.align 2
	.type	smod, @function
smod:
.LFB1:
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
	lwz 10,12(31)
	divw 8,9,10
	lwz 10,12(31)
	mullw 10,8,10
	subf 9,10,9
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
	.size	smod,.-smod
	.align 2
	.type	udiv, @function
udiv:
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
	lwz 10,8(31)
	lwz 9,12(31)
	divwu 9,10,9
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
	.size	udiv,.-udiv
	.align 2
	.type	umod, @function
umod:
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
	lwz 10,12(31)
	divwu 8,9,10
	lwz 10,12(31)
	mullw 10,8,10
	subf 9,10,9
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
	.size	umod,.-umod
	.align 2
	.type	mulhs, @function
mulhs:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 28,16(1)
	stw 29,20(1)
	stw 31,28(1)
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 5,8(31)
	mr 9,5
	srawi 5,5,31
	mr 8,5
	lwz 5,12(31)
	mr 11,5
	srawi 5,5,31
	mr 10,5
	mullw 4,8,11
	mullw 5,10,9
	add 5,4,5
	mullw 4,9,11
	mulhwu 9,9,11
	mr 7,4
	mr 6,9
	add 9,5,6
	mr 6,9
	srawi 29,6,0
	srawi 28,6,31
	mr 9,29
	mr 3,9
	addi 11,31,32
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	mulhs,.-mulhs
	.align 2
	.type	mulhu, @function
mulhu:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 28,16(1)
	stw 29,20(1)
	stw 31,28(1)
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 5,8(31)
	mr 9,5
	li 8,0
	lwz 5,12(31)
	mr 11,5
	li 10,0
	mullw 4,8,11
	mullw 5,10,9
	add 5,4,5
	mullw 4,9,11
	mulhwu 9,9,11
	mr 7,4
	mr 6,9
	add 9,5,6
	mr 6,9
	srwi 29,6,0
	li 28,0
	mr 9,29
	mr 3,9
	addi 11,31,32
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	mulhu,.-mulhu
	.align 2
	.type	isqrt, @function
isqrt:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	lis 9,0x4000
	stw 9,12(31)
	b .L14
.L15:
	lwz 9,12(31)
	srwi 9,9,2
	stw 9,12(31)
.L14:
	lwz 10,12(31)
	lwz 9,24(31)
	cmplw 0,10,9
	bgt 0,.L15
	b .L16
.L19:
	lwz 10,8(31)
	lwz 9,12(31)
	add 9,10,9
	lwz 10,24(31)
	cmplw 0,10,9
	blt 0,.L17
	lwz 10,8(31)
	lwz 9,12(31)
	add 9,10,9
	lwz 10,24(31)
	subf 9,9,10
	stw 9,24(31)
	lwz 9,8(31)
	srwi 9,9,1
	lwz 10,12(31)
	add 9,10,9
	stw 9,8(31)
	b .L18
.L17:
	lwz 9,8(31)
	srwi 9,9,1
	stw 9,8(31)
.L18:
	lwz 9,12(31)
	srwi 9,9,2
	stw 9,12(31)
.L16:
	lwz 9,12(31)
	cmpwi 0,9,0
	bne 0,.L19
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	isqrt,.-isqrt
	.align 2
	.type	iabs, @function
iabs:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srawi 10,9,31
	lwz 9,8(31)
	xor 9,10,9
	subf 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	iabs,.-iabs
	.align 2
	.type	imin, @function
imin:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,9,10
	ble 0,.L25
	mr 9,10
.L25:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	imin,.-imin
	.align 2
	.type	imax, @function
imax:
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
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,9,10
	bge 0,.L28
	mr 9,10
.L28:
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
	.size	imax,.-imax
	.align 2
	.type	avg, @function
avg:
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
	lwz 10,8(31)
	lwz 9,12(31)
	and 10,10,9
	lwz 8,8(31)
	lwz 9,12(31)
	xor 9,8,9
	srawi 9,9,1
	add 9,10,9
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
	.size	avg,.-avg
	.section	.rodata
	.align 2
.LC0:
	.string	"div/mod hash"
	.align 2
.LC1:
	.string	"-7/2"
	.align 2
.LC2:
	.string	"-7%2"
	.align 2
.LC3:
	.string	"7/-2"
	.align 2
.LC4:
	.string	"7%-2"
	.align 2
.LC5:
	.string	"0xffffffff/10"
	.align 2
.LC6:
	.string	"mulhs"
	.align 2
.LC7:
	.string	"mulhu"
	.align 2
.LC8:
	.string	"isqrt(2000000000)"
	.align 2
.LC9:
	.string	"isqrt(99)"
	.align 2
.LC10:
	.string	"mix"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 30,56(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,15
	stw 9,28(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L32
.L35:
	li 9,0
	stw 9,16(31)
	b .L33
.L34:
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,32(31)
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,36(31)
	lwz 4,36(31)
	lwz 3,32(31)
	bl sdiv
	stw 3,40(31)
	lwz 4,36(31)
	lwz 3,32(31)
	bl smod
	stw 3,44(31)
	lwz 9,32(31)
	lwz 10,36(31)
	mr 4,10
	mr 3,9
	bl udiv
	stw 3,48(31)
	lwz 9,32(31)
	lwz 10,36(31)
	mr 4,10
	mr 3,9
	bl umod
	stw 3,52(31)
	lwz 9,8(31)
	mulli 10,9,33
	lwz 9,40(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	mulli 10,9,33
	lwz 9,44(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	mulli 9,9,33
	lwz 10,48(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	mulli 9,9,33
	lwz 10,52(31)
	add 9,10,9
	stw 9,8(31)
	lwz 4,36(31)
	lwz 3,32(31)
	bl mulhs
	mr 9,3
	mr 30,9
	lwz 9,32(31)
	lwz 10,36(31)
	mr 4,10
	mr 3,9
	bl mulhu
	mr 9,3
	add 9,30,9
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L33:
	lwz 10,16(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L34
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L32:
	lwz 10,12(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L35
	lwz 4,8(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_hex
	li 4,2
	li 3,-7
	bl sdiv
	mr 9,3
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 4,2
	li 3,-7
	bl smod
	mr 9,3
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 4,-2
	li 3,7
	bl sdiv
	mr 9,3
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	li 4,-2
	li 3,7
	bl smod
	mr 9,3
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	li 4,10
	li 3,-1
	bl udiv
	mr 9,3
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_hex
	lis 9,0x3ade
	ori 4,9,0x68b1
	lis 9,0xf8a4
	ori 3,9,0x32eb
	bl mulhs
	mr 9,3
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	lis 9,0xcafe
	ori 4,9,0xbabe
	lis 9,0xdead
	ori 3,9,0xbeef
	bl mulhu
	mr 9,3
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_hex
	lis 9,0x7735
	ori 3,9,0x9400
	bl isqrt
	mr 9,3
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	li 3,99
	bl isqrt
	mr 9,3
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L36
.L37:
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,0x1062
	ori 10,10,0x4dd3
	mulhw 10,9,10
	srawi 8,10,6
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,1000
	subf 10,10,9
	mr 3,10
	bl iabs
	mr 30,3
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	li 4,5
	mr 3,9
	bl imin
	mr 9,3
	add 30,30,9
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	li 4,-5
	mr 3,9
	bl imax
	mr 9,3
	subf 30,9,30
	lis 9,vals.0@ha
	la 10,vals.0@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 8,0(9)
	lwz 9,28(31)
	addi 10,9,-1
	lwz 9,24(31)
	subf 9,9,10
	lis 10,vals.0@ha
	la 10,vals.0@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 4,9
	mr 3,8
	bl avg
	mr 9,3
	add 9,30,9
	lwz 10,20(31)
	add 9,10,9
	stw 9,20(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L36:
	lwz 10,24(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L37
	lwz 4,20(31)
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_int
	lwz 10,8(31)
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhwu 9,10,9
	srwi 9,9,6
	mulli 9,9,200
	subf 9,9,10
	addi 9,9,3
	mr 3,9
	addi 11,31,64
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
.LFE11:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	vals.0, @object
	.size	vals.0, 60
vals.0:
	.long	1
	.long	-1
	.long	2
	.long	-2
	.long	3
	.long	7
	.long	-7
	.long	10
	.long	100
	.long	-1000
	.long	65535
	.long	-65536
	.long	2147483647
	.long	-2147483647
	.long	123456789
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
