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
	.type	xorshift64s, @function
xorshift64s:
.LFB1:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	lis 4,0x4f6c
	la 8,.LANCHOR0@l(8)
	ori 4,4,0xdd1d
	lwz 7,12(8)
	lwz 10,8(8)
	srwi 9,7,12
	rlwimi 9,10,20,0,31-20
	srwi 6,10,12
	xor 9,9,7
	xor 6,6,10
	srwi 10,9,7
	slwi 7,9,25
	rlwimi 10,6,25,0,31-25
	xor 7,7,9
	xor 10,10,6
	srwi 9,7,27
	srwi 3,10,27
	rlwimi 9,10,5,0,31-5
	xor 3,3,10
	lis 10,0x2545
	xor 9,9,7
	ori 10,10,0xf491
	mullw 10,10,9
	stw 3,8(8)
	mullw 3,4,3
	stw 9,12(8)
	add 3,3,10
	mulhwu 10,4,9
	mullw 4,4,9
	add 3,3,10
	blr
	.cfi_endproc
.LFE1:
	.size	xorshift64s,.-xorshift64s
	.align 2
	.type	lcg, @function
lcg:
.LFB2:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	lis 3,0x41c6
	la 9,.LANCHOR0@l(9)
	ori 3,3,0x4e6d
	lwz 10,16(9)
	mullw 3,3,10
	addi 3,3,12345
	stw 3,16(9)
	blr
	.cfi_endproc
.LFE2:
	.size	lcg,.-lcg
	.align 2
	.type	splitmix64, @function
splitmix64:
.LFB4:
	.cfi_startproc
	lis 10,.LANCHOR1@ha
	lis 8,0x7f4a
	la 6,.LANCHOR1@l(10)
	lwz 7,.LANCHOR1@l(10)
	lwz 9,4(6)
	ori 8,8,0x7c15
	addc 8,9,8
	lis 9,0x9e37
	ori 9,9,0x79b9
	stw 8,4(6)
	adde 7,7,9
	srwi 9,8,30
	stw 7,.LANCHOR1@l(10)
	rlwimi 9,7,2,0,31-2
	srwi 10,7,30
	xor 9,9,8
	xor 10,10,7
	lis 8,0x1ce4
	lis 7,0xbf58
	ori 8,8,0xe5b9
	ori 7,7,0x476d
	mullw 10,8,10
	mullw 7,9,7
	add 10,10,7
	mullw 7,8,9
	mulhwu 8,8,9
	add 10,10,8
	srwi 8,7,27
	rlwimi 8,10,5,0,31-5
	srwi 9,10,27
	xor 9,9,10
	xor 10,8,7
	lis 8,0x1331
	lis 7,0x94d0
	ori 8,8,0x11eb
	ori 7,7,0x49bb
	mullw 7,10,7
	mullw 9,8,9
	add 9,9,7
	mullw 7,8,10
	mulhwu 8,8,10
	srwi 4,7,31
	add 9,9,8
	rlwimi 4,9,1,0,31-1
	srwi 3,9,31
	xor 3,3,9
	xor 4,4,7
	blr
	.cfi_endproc
.LFE4:
	.size	splitmix64,.-splitmix64
	.align 2
	.type	park_miller, @function
park_miller:
.LFB5:
	.cfi_startproc
	lis 10,.LANCHOR0@ha
	lis 3,0x1
	la 10,.LANCHOR0@l(10)
	ori 3,3,0xf31d
	lwz 8,20(10)
	divw 9,8,3
	mullw 3,9,3
	mulli 9,9,-2836
	subf 3,3,8
	mulli 3,3,16807
	add. 3,3,9
	bgt+ 0,.L6
	addis 3,3,0x8000
	addi 3,3,-1
.L6:
	stw 3,20(10)
	blr
	.cfi_endproc
.LFE5:
	.size	park_miller,.-park_miller
	.align 2
	.type	hi_xs64, @function
hi_xs64:
.LFB7:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl xorshift64s
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE7:
	.size	hi_xs64,.-hi_xs64
	.align 2
	.type	hi_sm, @function
hi_sm:
.LFB9:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl splitmix64
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
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
	.cfi_offset 65, 4
	bl park_miller
	lwz 0,20(1)
	slwi 3,3,1
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE10:
	.size	pm_scaled,.-pm_scaled
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
	stmw 29,84(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	addi 30,1,8
	mr 29,3
	mr 3,30
	stw 0,100(1)
	.cfi_offset 65, 4
	li 31,800
	bl memset
.L14:
	mtctr 29
	bctrl
	rlwinm 3,3,6,26,29
	addic. 31,31,-1
	lwzx 10,30,3
	addi 10,10,1
	stwx 10,30,3
	bne+ 0,.L14
	li 9,16
	addi 10,1,4
	li 8,50
	mtctr 9
.L15:
	lwzu 9,4(10)
	addi 9,9,-50
	mullw 9,9,9
	mulli 9,9,100
	divwu 9,9,8
	add 31,31,9
	bdnz .L15
	addi 11,1,96
	mr 3,31
	b _restgpr_29_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_endproc
.LFE12:
	.size	chi.constprop.0,.-chi.constprop.0
	.align 2
	.type	hi_lcg64, @function
hi_lcg64:
.LFB8:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	lis 8,0x4c95
	la 9,.LANCHOR0@l(9)
	lis 10,0x5851
	lwz 7,28(9)
	ori 8,8,0x7f2d
	lwz 3,24(9)
	ori 10,10,0xf42d
	mullw 10,10,7
	mullw 3,8,3
	add 3,3,10
	mullw 10,8,7
	mulhwu 8,8,7
	add 3,3,8
	lis 8,0xf767
	ori 8,8,0x814f
	addc 10,10,8
	lis 8,0x1405
	ori 8,8,0x7b7e
	stw 10,28(9)
	adde 3,3,8
	stw 3,24(9)
	blr
	.cfi_endproc
.LFE8:
	.size	hi_lcg64,.-hi_lcg64
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"xorshift32:"
.LC1:
	.string	"\nxorshift64*:"
.LC2:
	.string	"\nlcg32:"
.LC3:
	.string	"\nlcg64:"
.LC4:
	.string	"\nsplitmix64:"
.LC5:
	.string	"park-miller 10000th"
.LC6:
	.string	"chi xorshift32"
.LC7:
	.string	"chi xorshift64*"
.LC8:
	.string	"chi lcg32"
.LC9:
	.string	"chi lcg64"
.LC10:
	.string	"chi splitmix64"
.LC11:
	.string	"chi park-miller"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	lis 3,.LC0@ha
	mflr 0
	la 3,.LC0@l(3)
	stmw 26,8(1)
	.cfi_register 65, 0
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 31,4
	stw 0,36(1)
	.cfi_offset 65, 4
	bl print_str
.L22:
	li 3,32
	bl print_char
	bl xorshift32
	bl print_hex
	addic. 31,31,-1
	bne+ 0,.L22
	lis 3,.LC1@ha
	li 31,3
	la 3,.LC1@l(3)
	bl print_str
.L23:
	li 3,32
	bl print_char
	bl xorshift64s
	bl print_hex64
	addic. 31,31,-1
	bne+ 0,.L23
	lis 3,.LC2@ha
	li 31,4
	la 3,.LC2@l(3)
	bl print_str
.L24:
	li 3,32
	bl print_char
	bl lcg
	bl print_hex
	addic. 31,31,-1
	bne+ 0,.L24
	lis 3,.LC3@ha
	lis 31,.LANCHOR0@ha
	la 3,.LC3@l(3)
	lis 29,0x4c95
	lis 26,0x5851
	lis 27,0x1405
	lis 28,0xf767
	bl print_str
	li 30,3
	la 31,.LANCHOR0@l(31)
	ori 29,29,0x7f2d
	ori 26,26,0xf42d
	ori 27,27,0x7b7e
	ori 28,28,0x814f
.L25:
	li 3,32
	bl print_char
	lwz 9,28(31)
	lwz 3,24(31)
	mullw 10,26,9
	mullw 3,29,3
	mullw 4,29,9
	mulhwu 9,29,9
	add 3,3,10
	addc 4,4,28
	add 3,3,9
	stw 4,28(31)
	adde 3,3,27
	stw 3,24(31)
	bl print_hex64
	addic. 30,30,-1
	bne+ 0,.L25
	lis 3,.LC4@ha
	li 31,3
	la 3,.LC4@l(3)
	bl print_str
.L26:
	li 3,32
	bl print_char
	bl splitmix64
	bl print_hex64
	addic. 31,31,-1
	bne+ 0,.L26
	bl print_nl
	li 31,9999
.L27:
	bl park_miller
	addic. 31,31,-1
	bne+ 0,.L27
	bl park_miller
	mr 4,3
	lis 3,.LC5@ha
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
	bl xorshift32
	li 9,100
	divwu 9,3,9
	addi 11,1,32
	mulli 9,9,100
	subf 3,9,3
	addi 3,3,100
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
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
	.zero	4
	.type	xs64, @object
	.size	xs64, 8
xs64:
	.long	20529293
	.long	-876643772
	.type	lcg32, @object
	.size	lcg32, 4
lcg32:
	.long	12345
	.type	pm, @object
	.size	pm, 4
pm:
	.long	1
	.type	lcg64s, @object
	.size	lcg64s, 8
lcg64s:
	.long	0
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
