	.file	"prng.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	xorshift32, @function
xorshift32:
.LFB0:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	lwz 9,.LANCHOR0@l(8)
	slwi 10,9,13
	xor 10,10,9
	srwi 9,10,17
	xor 9,9,10
	slwi 3,9,5
	xor 3,3,9
	stw 3,.LANCHOR0@l(8)
	blr
	.cfi_endproc
.LFE0:
	.size	xorshift32,.-xorshift32
	.align 2
	.type	lcg, @function
lcg:
.LFB2:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	lis 3,0x41c6
	la 9,.LANCHOR0@l(9)
	ori 3,3,0x4e6d
	lwz 10,4(9)
	mullw 3,3,10
	addi 3,3,12345
	stw 3,4(9)
	blr
	.cfi_endproc
.LFE2:
	.size	lcg,.-lcg
	.align 2
	.type	hi_lcg64, @function
hi_lcg64:
.LFB8:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	lis 10,0x4c95
	la 8,.LANCHOR0@l(8)
	lis 7,0x5851
	lwz 4,12(8)
	ori 10,10,0x7f2d
	lwz 9,8(8)
	ori 7,7,0xf42d
	lis 6,0xf767
	lis 5,0x1405
	mullw 7,7,4
	ori 6,6,0x814f
	mullw 3,10,9
	ori 5,5,0x7b7e
	mullw 9,10,4
	mulhwu 10,10,4
	add 3,3,7
	addc 9,9,6
	add 3,3,10
	stw 9,12(8)
	adde 3,3,5
	stw 3,8(8)
	blr
	.cfi_endproc
.LFE8:
	.size	hi_lcg64,.-hi_lcg64
	.align 2
	.type	chi.constprop.0, @function
chi.constprop.0:
.LFB12:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	li 5,64
	li 4,0
	stw 30,88(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	addi 30,1,8
	stw 29,84(1)
	.cfi_offset 29, -12
	mr 29,3
	mr 3,30
	stw 31,92(1)
	stw 0,100(1)
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	li 31,800
	bl memset
.L6:
	mtctr 29
	bctrl
	rlwinm 3,3,6,26,29
	addic. 31,31,-1
	lwzx 9,30,3
	addi 9,9,1
	stwx 9,30,3
	bne+ 0,.L6
	lis 6,0x51eb
	li 9,8
	addi 8,1,4
	ori 6,6,0x851f
	li 3,0
	mtctr 9
.L7:
	lwz 10,4(8)
	addi 8,8,8
	lwz 9,0(8)
	addi 10,10,-50
	addi 9,9,-50
	mullw 10,10,10
	mullw 9,9,9
	mulli 10,10,100
	mulli 9,9,100
	mulhwu 10,10,6
	mulhwu 9,9,6
	srwi 10,10,4
	srwi 9,9,4
	add 31,31,10
	add 3,3,9
	bdnz .L7
	lwz 0,100(1)
	add 3,31,3
	lwz 29,84(1)
	lwz 30,88(1)
	lwz 31,92(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,96
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE12:
	.size	chi.constprop.0,.-chi.constprop.0
	.align 2
	.type	hi_xs64, @function
hi_xs64:
.LFB7:
	.cfi_startproc
	lis 7,.LANCHOR0@ha
	lis 8,0x4f6c
	la 7,.LANCHOR0@l(7)
	lis 6,0x2545
	lwz 3,20(7)
	ori 8,8,0xdd1d
	lwz 4,16(7)
	ori 6,6,0xf491
	srwi 9,3,12
	rlwimi 9,4,20,0,31-20
	srwi 5,4,12
	xor 9,9,3
	xor 5,5,4
	srwi 10,9,7
	slwi 4,9,25
	xor 4,4,9
	rlwimi 10,5,25,0,31-25
	xor 10,10,5
	srwi 9,4,27
	rlwimi 9,10,5,0,31-5
	srwi 5,10,27
	xor 9,9,4
	xor 5,5,10
	mullw 3,8,5
	stw 9,20(7)
	mullw 6,6,9
	stw 5,16(7)
	mulhwu 8,8,9
	add 3,3,6
	add 3,3,8
	blr
	.cfi_endproc
.LFE7:
	.size	hi_xs64,.-hi_xs64
	.align 2
	.type	hi_sm, @function
hi_sm:
.LFB9:
	.cfi_startproc
	lis 11,.LANCHOR1@ha
	lis 8,0x7f4a
	la 3,.LANCHOR1@l(11)
	lwz 6,.LANCHOR1@l(11)
	lwz 9,4(3)
	ori 8,8,0x7c15
	lis 7,0x9e37
	lis 4,0xbf58
	ori 7,7,0x79b9
	lis 10,0x1ce4
	addc 8,9,8
	ori 10,10,0xe5b9
	adde 6,6,7
	srwi 7,8,30
	rlwimi 7,6,2,0,31-2
	srwi 9,6,30
	xor 7,7,8
	xor 9,9,6
	ori 4,4,0x476d
	mullw 9,10,9
	mullw 4,7,4
	stw 8,4(3)
	mulhwu 0,10,7
	lis 5,0x94d0
	mullw 10,10,7
	lis 7,0x1331
	add 9,9,4
	ori 7,7,0x11eb
	add 9,9,0
	ori 5,5,0x49bb
	srwi 8,10,27
	srwi 3,9,27
	rlwimi 8,9,5,0,31-5
	xor 9,3,9
	xor 10,8,10
	mullw 9,7,9
	mullw 5,10,5
	stw 6,.LANCHOR1@l(11)
	mulhwu 7,7,10
	add 9,9,5
	add 9,9,7
	srwi 3,9,31
	xor 3,3,9
	blr
	.cfi_endproc
.LFE9:
	.size	hi_sm,.-hi_sm
	.align 2
	.type	pm_scaled, @function
pm_scaled:
.LFB10:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	lis 9,0x834e
	la 8,.LANCHOR0@l(8)
	ori 9,9,0xb5f
	lwz 7,24(8)
	lis 3,0x1
	ori 3,3,0xf31d
	mulhw 9,7,9
	srawi 10,7,31
	add 9,9,7
	srawi 9,9,16
	subf 9,10,9
	mullw 3,9,3
	mulli 9,9,-2836
	subf 3,3,7
	mulli 3,3,16807
	add. 3,3,9
	bgt+ 0,.L16
	addis 3,3,0x8000
	addi 3,3,-1
.L16:
	stw 3,24(8)
	slwi 3,3,1
	blr
	.cfi_endproc
.LFE10:
	.size	pm_scaled,.-pm_scaled
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	lis 3,.LC0@ha
	mflr 0
	la 3,.LC0@l(3)
	stw 30,40(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	stw 29,36(1)
	.cfi_offset 29, -12
	li 29,4
	stw 31,44(1)
	.cfi_offset 31, -4
	la 31,.LANCHOR0@l(30)
	stw 0,52(1)
	stw 22,8(1)
	stw 23,12(1)
	stw 24,16(1)
	stw 25,20(1)
	stw 26,24(1)
	stw 27,28(1)
	stw 28,32(1)
	.cfi_offset 65, 4
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	bl print_str
.L19:
	li 3,32
	bl print_char
	lwz 9,0(31)
	slwi 10,9,13
	xor 10,10,9
	srwi 9,10,17
	xor 9,9,10
	slwi 3,9,5
	xor 3,3,9
	stw 3,0(31)
	bl print_hex
	addic. 29,29,-1
	bne+ 0,.L19
	lis 3,.LC1@ha
	lis 29,0x4f6c
	la 3,.LC1@l(3)
	lis 27,0x2545
	li 28,3
	bl print_str
	ori 29,29,0xdd1d
	ori 27,27,0xf491
.L20:
	li 3,32
	bl print_char
	lwz 8,20(31)
	lwz 9,16(31)
	srwi 10,8,12
	rlwimi 10,9,20,0,31-20
	srwi 7,9,12
	xor 10,10,8
	xor 7,7,9
	slwi 8,10,25
	srwi 9,10,7
	xor 8,8,10
	rlwimi 9,7,25,0,31-25
	xor 9,9,7
	srwi 4,8,27
	rlwimi 4,9,5,0,31-5
	srwi 10,9,27
	xor 4,4,8
	xor 9,10,9
	mullw 8,27,4
	stw 4,20(31)
	mullw 10,29,9
	stw 9,16(31)
	mulhwu 3,29,4
	mullw 4,29,4
	add 10,10,8
	add 3,10,3
	bl print_hex64
	addic. 28,28,-1
	bne+ 0,.L20
	lis 3,.LC2@ha
	lis 28,0x41c6
	la 3,.LC2@l(3)
	li 29,4
	bl print_str
	ori 28,28,0x4e6d
.L21:
	li 3,32
	bl print_char
	lwz 3,4(31)
	mullw 3,28,3
	addi 3,3,12345
	stw 3,4(31)
	bl print_hex
	addic. 29,29,-1
	bne+ 0,.L21
	lis 3,.LC3@ha
	lis 29,0x4c95
	la 3,.LC3@l(3)
	lis 25,0x5851
	lis 26,0x1405
	lis 27,0xf767
	li 28,3
	bl print_str
	ori 29,29,0x7f2d
	ori 25,25,0xf42d
	ori 26,26,0x7b7e
	ori 27,27,0x814f
.L22:
	li 3,32
	bl print_char
	lwz 4,12(31)
	lwz 9,8(31)
	mullw 10,25,4
	mullw 3,29,9
	mulhwu 9,29,4
	mullw 4,29,4
	add 3,3,10
	add 3,3,9
	addc 4,4,27
	adde 3,3,26
	stw 4,12(31)
	stw 3,8(31)
	bl print_hex64
	addic. 28,28,-1
	bne+ 0,.L22
	lis 3,.LC4@ha
	lis 22,.LANCHOR1@ha
	la 3,.LC4@l(3)
	lis 23,0x9e37
	lis 26,0x7f4a
	lis 28,0x1ce4
	lis 24,0xbf58
	lis 29,0x1331
	lis 25,0x94d0
	li 27,3
	bl print_str
	la 22,.LANCHOR1@l(22)
	ori 23,23,0x79b9
	ori 26,26,0x7c15
	ori 28,28,0xe5b9
	ori 24,24,0x476d
	ori 29,29,0x11eb
	ori 25,25,0x49bb
.L23:
	li 3,32
	bl print_char
	lwz 9,4(22)
	lwz 7,0(22)
	addc 8,9,26
	adde 7,7,23
	srwi 9,8,30
	rlwimi 9,7,2,0,31-2
	srwi 10,7,30
	xor 9,9,8
	xor 10,10,7
	mullw 6,9,24
	stw 8,4(22)
	mullw 10,28,10
	stw 7,0(22)
	mullw 8,28,9
	mulhwu 7,28,9
	add 10,10,6
	srwi 4,8,27
	add 10,10,7
	srwi 9,10,27
	rlwimi 4,10,5,0,31-5
	xor 4,4,8
	xor 9,9,10
	mullw 7,4,25
	mullw 9,29,9
	mulhwu 8,29,4
	mullw 10,29,4
	add 9,9,7
	add 9,9,8
	srwi 4,10,31
	srwi 3,9,31
	rlwimi 4,9,1,0,31-1
	xor 3,3,9
	xor 4,4,10
	bl print_hex64
	addic. 27,27,-1
	bne+ 0,.L23
	bl print_nl
	lwz 8,24(31)
	lis 6,0x834e
	lis 7,0x1
	li 9,9999
	ori 6,6,0xb5f
	ori 7,7,0xf31d
	mtctr 9
.L25:
	mulhw 10,8,6
	srawi 9,8,31
	add 10,10,8
	srawi 10,10,16
	subf 9,9,10
	mullw 10,9,7
	mulli 9,9,-2836
	subf 10,10,8
	mulli 10,10,16807
	add. 8,9,10
	addis 9,8,0x8000
	ble- 0,.L35
	bdnz .L25
.L36:
	lis 9,0x834e
	srawi 10,8,31
	ori 9,9,0xb5f
	lis 4,0x1
	mulhw 9,8,9
	ori 4,4,0xf31d
	add 9,9,8
	srawi 9,9,16
	subf 9,10,9
	mullw 4,9,4
	mulli 9,9,-2836
	subf 4,4,8
	mulli 4,4,16807
	add. 4,4,9
	bgt+ 0,.L26
	addis 4,4,0x8000
	addi 4,4,-1
.L26:
	lis 3,.LC5@ha
	stw 4,24(31)
	la 3,.LC5@l(3)
	bl show_int
	lis 3,xorshift32@ha
	la 3,xorshift32@l(3)
	bl chi.constprop.0
	mr 4,3
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lis 3,hi_xs64@ha
	la 3,hi_xs64@l(3)
	bl chi.constprop.0
	mr 4,3
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
	lis 3,lcg@ha
	la 3,lcg@l(3)
	bl chi.constprop.0
	mr 4,3
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_int
	lis 3,hi_lcg64@ha
	la 3,hi_lcg64@l(3)
	bl chi.constprop.0
	mr 4,3
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl show_int
	lis 3,hi_sm@ha
	la 3,hi_sm@l(3)
	bl chi.constprop.0
	mr 4,3
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl show_int
	lis 3,pm_scaled@ha
	la 3,pm_scaled@l(3)
	bl chi.constprop.0
	mr 4,3
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_int
	lwz 10,.LANCHOR0@l(30)
	lis 3,0x51eb
	lwz 0,52(1)
	ori 3,3,0x851f
	lwz 22,8(1)
	slwi 9,10,13
	lwz 23,12(1)
	xor 9,9,10
	lwz 24,16(1)
	srwi 10,9,17
	lwz 25,20(1)
	xor 10,10,9
	lwz 26,24(1)
	slwi 9,10,5
	lwz 27,28(1)
	xor 9,9,10
	lwz 28,32(1)
	mulhwu 3,9,3
	stw 9,.LANCHOR0@l(30)
	lwz 29,36(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 30,40(1)
	srwi 3,3,5
	lwz 31,44(1)
	mulli 3,3,100
	addi 1,1,48
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
	.cfi_def_cfa_offset 0
	subf 3,3,9
	addi 3,3,100
	blr
.L35:
	.cfi_restore_state
	addi 8,9,-1
	bdnz .L25
	b .L36
	.cfi_endproc
.LFE11:
	.size	main,.-main
	.section	".data"
	.align 3
	.set	.LANCHOR0,. + 0
	.type	xs32, @object
	.size	xs32, 4
xs32:
	.long	-1831433054
	.type	lcg32, @object
	.size	lcg32, 4
lcg32:
	.long	12345
	.type	lcg64s, @object
	.size	lcg64s, 8
lcg64s:
	.long	0
	.long	1
	.type	xs64, @object
	.size	xs64, 8
xs64:
	.long	20529293
	.long	-876643772
	.type	pm, @object
	.size	pm, 4
pm:
	.long	1
	.section	".bss"
	.align 3
	.set	.LANCHOR1,. + 0
	.type	sm, @object
	.size	sm, 8
sm:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
