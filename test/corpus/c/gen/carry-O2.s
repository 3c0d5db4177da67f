	.file	"carry.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	add64, @function
add64:
.LFB4:
	.cfi_startproc
	addc 4,4,6
	adde 3,3,5
	blr
	.cfi_endproc
.LFE4:
	.size	add64,.-add64
	.align 2
	.type	sub64, @function
sub64:
.LFB5:
	.cfi_startproc
	subfc 4,6,4
	subfe 3,5,3
	blr
	.cfi_endproc
.LFE5:
	.size	sub64,.-sub64
	.align 2
	.type	neg64, @function
neg64:
.LFB6:
	.cfi_startproc
	subfic 4,4,0
	subfze 3,3
	blr
	.cfi_endproc
.LFE6:
	.size	neg64,.-neg64
	.align 2
	.type	inc64, @function
inc64:
.LFB7:
	.cfi_startproc
	addic 4,4,1
	addze 3,3
	blr
	.cfi_endproc
.LFE7:
	.size	inc64,.-inc64
	.align 2
	.type	dec64, @function
dec64:
.LFB8:
	.cfi_startproc
	addic 9,4,-1
	mr 4,9
	addme 3,3
	blr
	.cfi_endproc
.LFE8:
	.size	dec64,.-dec64
	.align 2
	.type	addi64, @function
addi64:
.LFB9:
	.cfi_startproc
	lis 9,0x1
	ori 9,9,0x2345
	addc 4,4,9
	addze 3,3
	blr
	.cfi_endproc
.LFE9:
	.size	addi64,.-addi64
	.align 2
	.type	rsub64, @function
rsub64:
.LFB10:
	.cfi_startproc
	subfic 4,4,100
	subfze 3,3
	blr
	.cfi_endproc
.LFE10:
	.size	rsub64,.-rsub64
	.align 2
	.type	ovf_sadd, @function
ovf_sadd:
.LFB14:
	.cfi_startproc
	add 4,3,4
	srwi 9,3,31
	srawi 10,4,31
	subfc 3,3,4
	adde 3,9,10
	stw 4,0(5)
	xori 3,3,0x1
	blr
	.cfi_endproc
.LFE14:
	.size	ovf_sadd,.-ovf_sadd
	.align 2
	.type	ovf_ssub, @function
ovf_ssub:
.LFB15:
	.cfi_startproc
	subf 4,4,3
	srawi 10,3,31
	srwi 9,4,31
	subfc 3,4,3
	adde 3,9,10
	stw 4,0(5)
	xori 3,3,0x1
	blr
	.cfi_endproc
.LFE15:
	.size	ovf_ssub,.-ovf_ssub
	.align 2
	.type	ovf_umul, @function
ovf_umul:
.LFB16:
	.cfi_startproc
	mulhwu 9,3,4
	mullw 4,3,4
	addic 3,9,-1
	stw 4,0(5)
	subfe 3,3,9
	blr
	.cfi_endproc
.LFE16:
	.size	ovf_umul,.-ovf_umul
	.align 2
	.type	lt64, @function
lt64:
.LFB17:
	.cfi_startproc
	cmpw 0,5,3
	mr 9,3
	li 3,1
	bgtlr- 0
	cmplw 0,5,9
	beq- 0,.L23
.L22:
	li 3,0
	blr
.L23:
	cmplw 0,6,4
	bgtlr- 0
	b .L22
	.cfi_endproc
.LFE17:
	.size	lt64,.-lt64
	.align 2
	.type	ltu64, @function
ltu64:
.LFB18:
	.cfi_startproc
	cmplw 0,5,3
	li 3,1
	bgtlr- 0
	beq- 0,.L27
.L26:
	li 3,0
	blr
.L27:
	cmplw 0,6,4
	bgtlr- 0
	b .L26
	.cfi_endproc
.LFE18:
	.size	ltu64,.-ltu64
	.align 2
	.type	eq64, @function
eq64:
.LFB19:
	.cfi_startproc
	xor 3,3,5
	xor 4,4,6
	or 3,3,4
	cntlzw 3,3
	srwi 3,3,5
	blr
	.cfi_endproc
.LFE19:
	.size	eq64,.-eq64
	.align 2
	.type	sat_add, @function
sat_add:
.LFB20:
	.cfi_startproc
	add 4,3,4
	subfc 3,3,4
	subfe 3,3,3
	or 3,3,4
	blr
	.cfi_endproc
.LFE20:
	.size	sat_add,.-sat_add
	.align 2
	.type	sat_sub, @function
sat_sub:
.LFB21:
	.cfi_startproc
	subf 4,4,3
	subfc 3,4,3
	subfe 3,3,3
	andc 3,4,3
	blr
	.cfi_endproc
.LFE21:
	.size	sat_sub,.-sat_sub
	.align 2
	.type	sign, @function
sign:
.LFB22:
	.cfi_startproc
	addi 10,3,-1
	srwi 9,3,31
	nor 3,3,10
	srwi 3,3,31
	subf 3,9,3
	blr
	.cfi_endproc
.LFE22:
	.size	sign,.-sign
	.align 2
	.type	ovf_add.constprop.0, @function
ovf_add.constprop.0:
.LFB24:
	.cfi_startproc
	addi 9,3,1
	subfc 3,3,9
	stw 9,0(4)
	subfe 3,3,3
	neg 3,3
	blr
	.cfi_endproc
.LFE24:
	.size	ovf_add.constprop.0,.-ovf_add.constprop.0
	.align 2
	.type	add_s32.constprop.0, @function
add_s32.constprop.0:
.LFB25:
	.cfi_startproc
	addic 4,4,-5
	addme 3,3
	blr
	.cfi_endproc
.LFE25:
	.size	add_s32.constprop.0,.-add_s32.constprop.0
	.align 2
	.type	add_u32.constprop.0, @function
add_u32.constprop.0:
.LFB26:
	.cfi_startproc
	addic 4,4,-16
	addze 3,3
	blr
	.cfi_endproc
.LFE26:
	.size	add_u32.constprop.0,.-add_u32.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC2:
	.string	"hash"
	.align 2
.LC3:
	.string	"compares"
	.align 2
.LC4:
	.string	"sum.hi"
	.align 2
.LC5:
	.string	"sum.lo"
	.align 2
.LC6:
	.string	"diff.hi"
	.align 2
.LC7:
	.string	"diff.lo"
	.align 2
.LC8:
	.string	"neg.hi"
	.align 2
.LC9:
	.string	"neg.lo"
	.align 2
.LC10:
	.string	"max*max hi"
	.align 2
.LC11:
	.string	"max*max lo"
	.align 2
.LC12:
	.string	"p.hi"
	.align 2
.LC13:
	.string	"p.lo"
	.align 2
.LC14:
	.string	"overflow flags"
	.align 2
.LC15:
	.string	"sat_add"
	.align 2
.LC16:
	.string	"sat_sub"
	.align 2
.LC17:
	.string	"signs"
	.globl __umoddi3
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB23:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 20,48(1)
	.cfi_register 65, 0
	.cfi_offset 20, -48
	lis 20,.LANCHOR0@ha
	la 20,.LANCHOR0@l(20)
	stw 0,100(1)
	stw 14,24(1)
	stw 15,28(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 30,88(1)
	stw 19,44(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 19, -52
	addi 19,20,-8
	stw 16,32(1)
	addi 20,20,72
	stw 17,36(1)
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	li 16,0
	stw 18,40(1)
	li 17,3
	stw 21,52(1)
	.cfi_offset 18, -56
	.cfi_offset 21, -44
	li 18,7
	stw 22,56(1)
	mr 21,19
	stw 23,60(1)
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	li 22,5
	stw 31,92(1)
	.cfi_offset 31, -4
	li 23,0
	li 31,0
.L39:
	lwz 26,8(21)
	mulli 14,31,3
	lwz 27,12(21)
	addi 21,21,8
	mr 24,19
	li 25,10
	mr 3,26
	mr 4,27
	bl inc64
	mr 30,4
	mr 29,3
	mr 4,27
	mr 3,26
	bl neg64
	mulhwu 8,17,16
	mr 9,4
	mulli 16,16,3
	mr 10,3
	mr 4,27
	mr 3,26
	add 14,14,8
	addc 16,16,9
	adde 14,14,10
	bl dec64
	mr 15,4
	mr 28,3
	mr 4,27
	mr 3,26
	bl addi64
	addc 16,4,16
	mr 31,3
	mr 4,27
	mr 3,26
	adde 31,31,14
	bl rsub64
	mulhwu 6,22,30
	addc 16,4,16
	mulhwu 7,18,15
	adde 31,3,31
	mulli 29,29,5
	mr 3,26
	mulli 9,30,5
	mr 4,27
	mulli 28,28,7
	add 29,29,6
	mulli 15,15,7
	addc 9,9,16
	add 28,28,7
	adde 29,29,31
	addc 16,9,15
	adde 29,29,28
	bl add_u32.constprop.0
	mr 31,3
	mr 28,4
	mr 3,26
	mr 4,27
	bl add_s32.constprop.0
	addc 4,4,28
	adde 31,3,31
	xor 16,4,16
	xor 31,31,29
.L38:
	lwz 28,8(24)
	mr 3,26
	lwz 29,12(24)
	mr 4,27
	mulhwu 30,22,16
	addi 24,24,8
	mr 5,28
	mulli 31,31,5
	mr 6,29
	mulli 16,16,5
	bl add64
	mr 5,28
	mr 15,3
	mr 14,4
	mr 6,29
	mr 3,26
	mr 4,27
	add 30,31,30
	bl sub64
	mr 5,28
	slwi 9,4,1
	srwi 31,4,31
	addc 9,9,14
	rlwimi 31,3,1,0,31-1
	adde 31,31,15
	mr 6,29
	addc 16,9,16
	mr 4,27
	mr 3,26
	adde 31,31,30
	bl lt64
	mr 5,28
	mr 15,3
	mr 6,29
	mr 4,27
	mr 3,26
	bl ltu64
	mr 5,28
	slwi 30,3,1
	mr 6,29
	mr 3,26
	mr 4,27
	bl eq64
	add 30,30,15
	slwi 3,3,2
	addic. 25,25,-1
	add 3,3,30
	add 23,23,3
	bne+ 0,.L38
	cmplw 0,20,21
	bne+ 0,.L39
	lis 3,.LC2@ha
	mr 5,31
	mr 6,16
	la 3,.LC2@l(3)
	bl show_hex64
	lis 3,.LC3@ha
	mr 4,23
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	lis 5,0x1234
	lis 6,0x9abc
	la 3,.LC4@l(3)
	ori 5,5,0x5678
	ori 6,6,0xdf01
	bl show_hex64
	lis 3,.LC5@ha
	lis 5,0xeedc
	lis 6,0x7654
	la 3,.LC5@l(3)
	ori 5,5,0xba98
	ori 6,6,0x3211
	bl show_hex64
	lis 3,.LC6@ha
	lis 5,0xf012
	lis 6,0x789a
	la 3,.LC6@l(3)
	ori 5,5,0x3456
	ori 6,6,0xbcde
	bl show_hex64
	lis 3,.LC7@ha
	lis 5,0xedc
	lis 6,0x7654
	la 3,.LC7@l(3)
	ori 5,5,0xba98
	ori 6,6,0x320f
	bl show_hex64
	lis 3,.LC8@ha
	lis 5,0xfedc
	lis 6,0x7654
	la 3,.LC8@l(3)
	ori 5,5,0xba98
	ori 6,6,0x3210
	bl show_hex64
	lis 3,.LC9@ha
	lis 5,0x123
	lis 6,0x89ab
	la 3,.LC9@l(3)
	ori 5,5,0x4567
	ori 6,6,0xcdf0
	bl show_hex64
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	li 5,-1
	li 6,-2
	bl show_hex64
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	li 5,0
	li 6,1
	bl show_hex64
	lis 3,.LC12@ha
	lis 5,0x121
	lis 6,0xad77
	la 3,.LC12@l(3)
	ori 5,5,0xfa00
	ori 6,6,0xd742
	bl show_hex64
	lis 3,.LC13@ha
	lis 5,0x2236
	lis 6,0xe561
	ori 6,6,0x8cf0
	ori 5,5,0xd88f
	la 3,.LC13@l(3)
	bl show_hex64
	addi 4,1,12
	li 3,-1
	bl ovf_add.constprop.0
	addi 4,1,12
	mr 29,3
	lis 3,0x7fff
	ori 3,3,0xffff
	bl ovf_add.constprop.0
	addi 5,1,8
	mr 30,3
	lis 3,0x7fff
	li 4,1
	ori 3,3,0xffff
	bl ovf_sadd
	slwi 30,30,1
	slwi 3,3,2
	addi 5,1,8
	or 30,30,3
	li 4,3
	li 3,-5
	or 30,30,29
	bl ovf_sadd
	addi 5,1,8
	slwi 29,3,3
	li 4,1
	lis 3,0x8000
	or 29,29,30
	bl ovf_ssub
	addi 5,1,8
	slwi 30,3,4
	li 4,7
	li 3,5
	or 30,30,29
	bl ovf_ssub
	addi 5,1,12
	slwi 29,3,5
	lis 4,0x1
	lis 3,0x1
	or 29,29,30
	bl ovf_umul
	li 9,0
	lis 4,0x1
	addi 5,1,12
	slwi 30,3,6
	ori 4,4,0x1
	ori 3,9,0xffff
	or 30,30,29
	bl ovf_umul
	lis 9,.LC14@ha
	slwi 4,3,7
	la 3,.LC14@l(9)
	or 4,4,30
	bl show_hex
	li 4,32
	li 3,-16
	bl sat_add
	li 4,6
	mr 30,3
	li 3,5
	bl sat_add
	lis 9,.LC15@ha
	xor 4,30,3
	la 3,.LC15@l(9)
	bl show_hex
	li 4,10
	li 3,3
	bl sat_sub
	li 4,3
	mr 30,3
	li 3,10
	bl sat_sub
	lis 9,.LC16@ha
	add 4,30,3
	la 3,.LC16@l(9)
	bl show_hex
	li 3,-9
	bl sign
	mr 30,3
	li 3,0
	bl sign
	mr 9,3
	mulli 30,30,100
	mulli 9,9,10
	li 3,77
	add 30,30,9
	bl sign
	lis 9,.LC17@ha
	add 4,30,3
	la 3,.LC17@l(9)
	bl show_int
	mr 3,31
	mr 4,16
	li 5,0
	li 6,251
	bl __umoddi3
	lwz 0,100(1)
	lwz 14,24(1)
	mr 3,4
	lwz 15,28(1)
	lwz 16,32(1)
	mtlr 0
	.cfi_restore 65
	lwz 17,36(1)
	lwz 18,40(1)
	lwz 19,44(1)
	lwz 20,48(1)
	lwz 21,52(1)
	lwz 22,56(1)
	lwz 23,60(1)
	lwz 24,64(1)
	lwz 25,68(1)
	lwz 26,72(1)
	lwz 27,76(1)
	lwz 28,80(1)
	lwz 29,84(1)
	lwz 30,88(1)
	lwz 31,92(1)
	addi 1,1,96
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
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE23:
	.size	main,.-main
	.section	.rodata
	.align 3
	.set	.LANCHOR0,. + 0
	.type	v.0, @object
	.size	v.0, 80
v.0:
	.long	0
	.long	0
	.long	0
	.long	1
	.long	-1
	.long	-1
	.long	0
	.long	-1
	.long	1
	.long	0
	.long	-1
	.long	0
	.long	2147483647
	.long	-1
	.long	-2147483648
	.long	0
	.long	0
	.long	-2
	.long	28744
	.long	-2045911175
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
