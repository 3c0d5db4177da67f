	.file	"prng.c"
	.machine "440"
	.section	".text"
	.section	".data"
	.align 2
	.type	xs32, @object
	.size	xs32, 4
xs32:
	.long	-1831433054
	.section	".text"
	.align 2
	.type	xorshift32, @function
xorshift32:
.LFB0:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,xs32@ha
	lwz 9,xs32@l(9)
	slwi 10,9,13
	lis 9,xs32@ha
	lwz 9,xs32@l(9)
	xor 10,10,9
	lis 9,xs32@ha
	stw 10,xs32@l(9)
	lis 9,xs32@ha
	lwz 9,xs32@l(9)
	srwi 10,9,17
	lis 9,xs32@ha
	lwz 9,xs32@l(9)
	xor 10,10,9
	lis 9,xs32@ha
	stw 10,xs32@l(9)
	lis 9,xs32@ha
	lwz 9,xs32@l(9)
	slwi 10,9,5
	lis 9,xs32@ha
	lwz 9,xs32@l(9)
	xor 10,10,9
	lis 9,xs32@ha
	stw 10,xs32@l(9)
	lis 9,xs32@ha
	lwz 9,xs32@l(9)
	mr 3,9
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	xorshift32,.-xorshift32
	.section	".data"
	.align 3
	.type	xs64, @object
	.size	xs64, 8
xs64:
	.long	20529293
	.long	-876643772
	.section	".text"
	.align 2
	.type	xorshift64s, @function
xorshift64s:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 22,8(1)
	stw 23,12(1)
	stw 24,16(1)
	stw 25,20(1)
	stw 26,24(1)
	stw 27,28(1)
	stw 28,32(1)
	stw 29,36(1)
	stw 31,44(1)
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 5,xs64@ha
	la 5,xs64@l(5)
	lwz 4,0(5)
	lwz 5,4(5)
	slwi 3,4,20
	srwi 7,5,12
	or 7,3,7
	srwi 6,4,12
	lis 5,xs64@ha
	la 5,xs64@l(5)
	lwz 4,0(5)
	lwz 5,4(5)
	xor 24,6,4
	xor 25,7,5
	lis 7,xs64@ha
	la 7,xs64@l(7)
	stw 24,0(7)
	stw 25,4(7)
	lis 7,xs64@ha
	la 7,xs64@l(7)
	lwz 6,0(7)
	lwz 7,4(7)
	srwi 5,7,7
	slwi 8,6,25
	or 8,5,8
	slwi 9,7,25
	lis 7,xs64@ha
	la 7,xs64@l(7)
	lwz 6,0(7)
	lwz 7,4(7)
	xor 26,8,6
	xor 27,9,7
	lis 9,xs64@ha
	la 9,xs64@l(9)
	stw 26,0(9)
	stw 27,4(9)
	lis 9,xs64@ha
	la 9,xs64@l(9)
	lwz 8,0(9)
	lwz 9,4(9)
	slwi 7,8,5
	srwi 11,9,27
	or 11,7,11
	srwi 10,8,27
	lis 9,xs64@ha
	la 9,xs64@l(9)
	lwz 8,0(9)
	lwz 9,4(9)
	xor 28,10,8
	xor 29,11,9
	lis 9,xs64@ha
	la 9,xs64@l(9)
	stw 28,0(9)
	stw 29,4(9)
	lis 9,xs64@ha
	la 9,xs64@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	lis 9,0x4f6c
	ori 9,9,0xdd1d
	mullw 8,10,9
	lis 9,0x2545
	ori 9,9,0xf491
	mullw 9,11,9
	add 8,8,9
	lis 9,0x4f6c
	ori 9,9,0xdd1d
	mullw 7,11,9
	mulhwu 9,11,9
	mr 23,7
	mr 22,9
	add 9,8,22
	mr 22,9
	mr 10,22
	mr 11,23
	mr 3,10
	mr 4,11
	addi 11,31,48
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	xorshift64s,.-xorshift64s
	.section	".data"
	.align 2
	.type	lcg32, @object
	.size	lcg32, 4
lcg32:
	.long	12345
	.section	".text"
	.align 2
	.type	lcg, @function
lcg:
.LFB2:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,lcg32@ha
	lwz 10,lcg32@l(9)
	lis 9,0x41c6
	ori 9,9,0x4e6d
	mullw 9,10,9
	addi 10,9,12345
	lis 9,lcg32@ha
	stw 10,lcg32@l(9)
	lis 9,lcg32@ha
	lwz 9,lcg32@l(9)
	mr 3,9
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	lcg,.-lcg
	.section	".data"
	.align 3
	.type	lcg64s, @object
	.size	lcg64s, 8
lcg64s:
	.long	0
	.long	1
	.section	".text"
	.align 2
	.type	lcg64, @function
lcg64:
.LFB3:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 10,lcg64s@ha
	la 10,lcg64s@l(10)
	lwz 11,4(10)
	lwz 10,0(10)
	lis 5,0x4c95
	ori 5,5,0x7f2d
	mullw 4,10,5
	lis 5,0x5851
	ori 5,5,0xf42d
	mullw 5,11,5
	add 4,4,5
	lis 5,0x4c95
	ori 5,5,0x7f2d
	mullw 3,11,5
	mulhwu 10,11,5
	mr 9,3
	mr 8,10
	add 10,4,8
	mr 8,10
	lis 10,0x1405
	ori 10,10,0x7b7e
	lis 11,0xf767
	ori 11,11,0x814f
	addc 7,9,11
	adde 6,8,10
	lis 9,lcg64s@ha
	la 9,lcg64s@l(9)
	stw 6,0(9)
	stw 7,4(9)
	lis 9,lcg64s@ha
	la 9,lcg64s@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	mr 3,10
	mr 4,11
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	lcg64,.-lcg64
	.lcomm	sm,8,8
	.type	sm, @object
	.align 2
	.type	splitmix64, @function
splitmix64:
.LFB4:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	stw 16,32(1)
	stw 17,36(1)
	stw 18,40(1)
	stw 19,44(1)
	stw 20,48(1)
	stw 21,52(1)
	stw 22,56(1)
	stw 23,60(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 30,88(1)
	stw 31,92(1)
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
	mr 31,1
	.cfi_def_cfa_register 31
	lis 3,sm@ha
	la 3,sm@l(3)
	lwz 22,0(3)
	lwz 23,4(3)
	lis 20,0x9e37
	ori 20,20,0x79b9
	lis 21,0x7f4a
	ori 21,21,0x7c15
	addc 19,23,21
	adde 18,22,20
	lis 3,sm@ha
	la 3,sm@l(3)
	stw 18,0(3)
	stw 19,4(3)
	lis 3,sm@ha
	la 3,sm@l(3)
	lwz 22,0(3)
	lwz 23,4(3)
	stw 22,8(31)
	stw 23,12(31)
	lwz 3,8(31)
	slwi 3,3,2
	lwz 0,12(31)
	srwi 29,0,30
	or 29,3,29
	lwz 3,8(31)
	srwi 28,3,30
	lwz 22,8(31)
	lwz 23,12(31)
	xor 4,28,22
	xor 5,29,23
	lis 3,0x1ce4
	ori 3,3,0xe5b9
	mullw 0,4,3
	lis 3,0xbf58
	ori 3,3,0x476d
	mullw 3,5,3
	add 0,0,3
	lis 3,0x1ce4
	ori 3,3,0xe5b9
	mullw 30,5,3
	mulhwu 5,5,3
	mr 25,30
	mr 24,5
	add 5,0,24
	mr 24,5
	stw 24,8(31)
	stw 25,12(31)
	stw 24,8(31)
	stw 25,12(31)
	lwz 5,8(31)
	slwi 5,5,5
	lwz 4,12(31)
	srwi 7,4,27
	or 7,5,7
	lwz 5,8(31)
	srwi 6,5,27
	lwz 4,8(31)
	lwz 5,12(31)
	xor 8,6,4
	xor 9,7,5
	lis 7,0x1331
	ori 7,7,0x11eb
	mullw 6,8,7
	lis 7,0x94d0
	ori 7,7,0x49bb
	mullw 7,9,7
	add 6,6,7
	lis 7,0x1331
	ori 7,7,0x11eb
	mullw 5,9,7
	mulhwu 9,9,7
	mr 27,5
	mr 26,9
	add 9,6,26
	mr 26,9
	stw 26,8(31)
	stw 27,12(31)
	stw 26,8(31)
	stw 27,12(31)
	lwz 9,8(31)
	slwi 9,9,1
	lwz 8,12(31)
	srwi 11,8,31
	or 11,9,11
	lwz 9,8(31)
	srwi 10,9,31
	lwz 8,8(31)
	lwz 9,12(31)
	xor 16,10,8
	xor 17,11,9
	mr 10,16
	mr 11,17
	mr 3,10
	mr 4,11
	addi 11,31,96
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	splitmix64,.-splitmix64
	.section	".data"
	.align 2
	.type	pm, @object
	.size	pm, 4
pm:
	.long	1
	.section	".text"
	.align 2
	.type	park_miller, @function
park_miller:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,16807
	stw 9,8(31)
	lis 9,0x7fff
	ori 9,9,0xffff
	stw 9,12(31)
	lwz 10,12(31)
	lwz 9,8(31)
	divw 9,10,9
	stw 9,16(31)
	lwz 9,12(31)
	lwz 10,8(31)
	divw 8,9,10
	lwz 10,8(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,20(31)
	lis 9,pm@ha
	lwz 10,pm@l(9)
	lwz 9,16(31)
	divw 9,10,9
	stw 9,24(31)
	lis 9,pm@ha
	lwz 9,pm@l(9)
	lwz 10,16(31)
	divw 8,9,10
	lwz 10,16(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,28(31)
	lwz 10,8(31)
	lwz 9,28(31)
	mullw 10,10,9
	lwz 8,20(31)
	lwz 9,24(31)
	mullw 9,8,9
	subf 10,9,10
	lis 9,pm@ha
	stw 10,pm@l(9)
	lis 9,pm@ha
	lwz 9,pm@l(9)
	cmpwi 0,9,0
	bgt 0,.L12
	lis 9,pm@ha
	lwz 10,pm@l(9)
	lwz 9,12(31)
	add 10,10,9
	lis 9,pm@ha
	stw 10,pm@l(9)
.L12:
	lis 9,pm@ha
	lwz 9,pm@l(9)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	park_miller,.-park_miller
	.align 2
	.type	chi, @function
chi:
.LFB6:
	.cfi_startproc
	stwu 1,-128(1)
	.cfi_def_cfa_offset 128
	mflr 0
	stw 0,132(1)
	stw 31,124(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,104(31)
	stw 4,108(31)
	addi 9,31,28
	li 10,64
	mr 5,10
	li 4,0
	mr 3,9
	bl memset
	li 9,0
	stw 9,8(31)
	b .L15
.L16:
	lwz 9,104(31)
	mtctr 9
	bctrl
	mr 9,3
	srwi 9,9,28
	slwi 10,9,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,20
	lwz 10,0(10)
	addi 10,10,1
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,20
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L15:
	lwz 10,8(31)
	lwz 9,108(31)
	cmpw 0,10,9
	blt 0,.L16
	lwz 9,108(31)
	srwi 9,9,4
	stw 9,20(31)
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L17
.L18:
	lwz 9,16(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,20
	lwz 10,0(9)
	lwz 9,20(31)
	subf 9,9,10
	stw 9,24(31)
	lwz 9,24(31)
	mullw 9,9,9
	mulli 10,9,100
	lwz 9,20(31)
	divwu 9,10,9
	lwz 10,12(31)
	add 9,10,9
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L17:
	lwz 9,16(31)
	cmpwi 0,9,15
	ble 0,.L18
	lwz 9,12(31)
	mr 3,9
	addi 11,31,128
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	chi,.-chi
	.align 2
	.type	hi_xs64, @function
hi_xs64:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 28,16(1)
	stw 29,20(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl xorshift64s
	mr 11,4
	mr 10,3
	srwi 29,10,0
	li 28,0
	mr 9,29
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
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
.LFE7:
	.size	hi_xs64,.-hi_xs64
	.align 2
	.type	hi_lcg64, @function
hi_lcg64:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 28,16(1)
	stw 29,20(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl lcg64
	mr 11,4
	mr 10,3
	srwi 29,10,0
	li 28,0
	mr 9,29
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
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
.LFE8:
	.size	hi_lcg64,.-hi_lcg64
	.align 2
	.type	hi_sm, @function
hi_sm:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 28,16(1)
	stw 29,20(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl splitmix64
	mr 11,4
	mr 10,3
	srwi 29,10,0
	li 28,0
	mr 9,29
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
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
.LFE9:
	.size	hi_sm,.-hi_sm
	.align 2
	.type	pm_scaled, @function
pm_scaled:
.LFB10:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl park_miller
	mr 9,3
	slwi 9,9,1
	mr 3,9
	addi 11,31,16
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	pm_scaled,.-pm_scaled
	.section	.rodata
	.align 2
.LC0:
	.string	"xorshift32:"
	.align 2
.LC1:
	.string	"\nxorshift64*:"
	.align 2
.LC2:
	.string	"\nlcg32:"
	.align 2
.LC3:
	.string	"\nlcg64:"
	.align 2
.LC4:
	.string	"\nsplitmix64:"
	.align 2
.LC5:
	.string	"park-miller 10000th"
	.align 2
.LC6:
	.string	"chi xorshift32"
	.align 2
.LC7:
	.string	"chi xorshift64*"
	.align 2
.LC8:
	.string	"chi lcg32"
	.align 2
.LC9:
	.string	"chi lcg64"
	.align 2
.LC10:
	.string	"chi splitmix64"
	.align 2
.LC11:
	.string	"chi park-miller"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	li 9,0
	stw 9,8(31)
	b .L29
.L30:
	li 3,32
	bl print_char
	bl xorshift32
	mr 9,3
	mr 3,9
	bl print_hex
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L29:
	lwz 9,8(31)
	cmpwi 0,9,3
	ble 0,.L30
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_str
	li 9,0
	stw 9,12(31)
	b .L31
.L32:
	li 3,32
	bl print_char
	bl xorshift64s
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl print_hex64
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L31:
	lwz 9,12(31)
	cmpwi 0,9,2
	ble 0,.L32
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_str
	li 9,0
	stw 9,16(31)
	b .L33
.L34:
	li 3,32
	bl print_char
	bl lcg
	mr 9,3
	mr 3,9
	bl print_hex
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L33:
	lwz 9,16(31)
	cmpwi 0,9,3
	ble 0,.L34
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	li 9,0
	stw 9,20(31)
	b .L35
.L36:
	li 3,32
	bl print_char
	bl lcg64
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl print_hex64
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L35:
	lwz 9,20(31)
	cmpwi 0,9,2
	ble 0,.L36
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl print_str
	li 9,0
	stw 9,24(31)
	b .L37
.L38:
	li 3,32
	bl print_char
	bl splitmix64
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl print_hex64
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L37:
	lwz 9,24(31)
	cmpwi 0,9,2
	ble 0,.L38
	bl print_nl
	li 9,1
	stw 9,28(31)
	b .L39
.L40:
	bl park_miller
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L39:
	lwz 9,28(31)
	cmpwi 0,9,9999
	ble 0,.L40
	bl park_miller
	mr 9,3
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 4,800
	lis 9,xorshift32@ha
	la 3,xorshift32@l(9)
	bl chi
	mr 9,3
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	li 4,800
	lis 9,hi_xs64@ha
	la 3,hi_xs64@l(9)
	bl chi
	mr 9,3
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	li 4,800
	lis 9,lcg@ha
	la 3,lcg@l(9)
	bl chi
	mr 9,3
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	li 4,800
	lis 9,hi_lcg64@ha
	la 3,hi_lcg64@l(9)
	bl chi
	mr 9,3
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	li 4,800
	lis 9,hi_sm@ha
	la 3,hi_sm@l(9)
	bl chi
	mr 9,3
	mr 4,9
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_int
	li 4,800
	lis 9,pm_scaled@ha
	la 3,pm_scaled@l(9)
	bl chi
	mr 9,3
	mr 4,9
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_int
	bl xorshift32
	mr 10,3
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhwu 9,10,9
	srwi 9,9,5
	mulli 9,9,100
	subf 9,9,10
	addi 9,9,100
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
