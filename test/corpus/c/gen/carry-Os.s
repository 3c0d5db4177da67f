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
	addme 3,3
	mr 4,9
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
	mullw 9,3,4
	mulhwu 3,3,4
	stw 9,0(5)
	addic 9,3,-1
	subfe 3,9,3
	blr
	.cfi_endproc
.LFE16:
	.size	ovf_umul,.-ovf_umul
	.align 2
	.type	lt64, @function
lt64:
.LFB17:
	.cfi_startproc
	mr 9,3
	li 3,1
	cmpw 0,5,9
	bgtlr- 0
	cmplw 0,5,9
	bne+ 0,.L21
	cmplw 0,6,4
	bgtlr- 0
.L21:
	li 3,0
	blr
	.cfi_endproc
.LFE17:
	.size	lt64,.-lt64
	.align 2
	.type	ltu64, @function
ltu64:
.LFB18:
	.cfi_startproc
	cmplw 0,5,3
	li 9,1
	bgt- 0,.L23
	bne+ 0,.L24
	cmplw 0,6,4
	bgt- 0,.L23
.L24:
	li 9,0
.L23:
	mr 3,9
	blr
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
	addi 9,3,-1
	nor 9,3,9
	srwi 3,3,31
	srwi 9,9,31
	subf 3,3,9
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
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"hash"
.LC3:
	.string	"compares"
.LC4:
	.string	"sum.hi"
.LC5:
	.string	"sum.lo"
.LC6:
	.string	"diff.hi"
.LC7:
	.string	"diff.lo"
.LC8:
	.string	"neg.hi"
.LC9:
	.string	"neg.lo"
.LC10:
	.string	"max*max hi"
.LC11:
	.string	"max*max lo"
.LC12:
	.string	"p.hi"
.LC13:
	.string	"p.lo"
.LC14:
	.string	"overflow flags"
.LC15:
	.string	"sat_add"
.LC16:
	.string	"sat_sub"
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
	stmw 14,24(1)
	.cfi_register 65, 0
	.cfi_offset 14, -72
	.cfi_offset 15, -68
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
	lis 26,.LANCHOR0@ha
	la 26,.LANCHOR0@l(26)
	stw 0,100(1)
	.cfi_offset 65, 4
	addi 21,26,-8
	li 23,0
	addi 26,26,72
	mr 22,21
	li 30,0
	li 31,0
	li 19,3
	li 20,5
	li 18,7
.L36:
	lwz 28,8(22)
	mulli 24,31,3
	lwz 29,12(22)
	mulhwu 31,19,31
	mulli 16,30,3
	addi 22,22,8
	mr 3,28
	mr 15,21
	mr 4,29
	add 16,16,31
	bl inc64
	li 14,10
	mr 17,4
	mr 27,3
	mr 4,29
	mr 3,28
	bl neg64
	addc 24,24,4
	mr 4,29
	adde 16,16,3
	mr 3,28
	bl dec64
	mr 25,4
	mr 31,3
	mr 4,29
	mr 3,28
	bl addi64
	addc 24,4,24
	mr 4,29
	adde 16,3,16
	mr 3,28
	bl rsub64
	mulli 9,17,5
	addc 4,4,24
	mulhwu 17,20,17
	adde 3,3,16
	mulli 10,25,7
	addc 9,9,4
	mulhwu 25,18,25
	mr 4,29
	mulli 27,27,5
	mulli 31,31,7
	add 27,27,17
	adde 27,27,3
	add 31,31,25
	mr 3,28
	addc 25,9,10
	adde 27,27,31
	bl add_u32.constprop.0
	mr 30,3
	mr 31,4
	mr 3,28
	mr 4,29
	bl add_s32.constprop.0
	addc 31,4,31
	adde 30,3,30
	xor 31,31,25
	xor 30,30,27
.L35:
	lwz 24,8(15)
	mr 3,28
	lwz 25,12(15)
	mr 4,29
	mulli 27,31,5
	addi 15,15,8
	mr 5,24
	mulhwu 31,20,31
	mr 6,25
	mulli 30,30,5
	bl add64
	mr 5,24
	mr 17,3
	mr 16,4
	mr 6,25
	mr 3,28
	mr 4,29
	add 30,30,31
	bl sub64
	mr 5,24
	srwi 9,4,31
	slwi 31,4,1
	rlwimi 9,3,1,0,31-1
	addc 31,31,16
	adde 9,9,17
	mr 6,25
	addc 31,31,27
	mr 4,29
	mr 3,28
	adde 30,9,30
	bl lt64
	mr 5,24
	mr 17,3
	mr 6,25
	mr 4,29
	mr 3,28
	bl ltu64
	mr 5,24
	slwi 27,3,1
	mr 6,25
	mr 3,28
	mr 4,29
	bl eq64
	add 27,27,17
	slwi 3,3,2
	addic. 14,14,-1
	add 3,3,27
	add 23,23,3
	bne+ 0,.L35
	cmplw 0,26,22
	bne+ 0,.L36
	lis 3,.LC2@ha
	mr 5,30
	mr 6,31
	la 3,.LC2@l(3)
	bl show_hex64
	lis 3,.LC3@ha
	mr 4,23
	la 3,.LC3@l(3)
	bl show_int
	lis 5,0x1234
	lis 6,0x9abc
	lis 3,.LC4@ha
	ori 5,5,0x5678
	ori 6,6,0xdf01
	la 3,.LC4@l(3)
	bl show_hex64
	lis 5,0xeedc
	lis 6,0x7654
	lis 3,.LC5@ha
	ori 5,5,0xba98
	ori 6,6,0x3211
	la 3,.LC5@l(3)
	bl show_hex64
	lis 5,0xf012
	lis 6,0x789a
	lis 3,.LC6@ha
	ori 5,5,0x3456
	ori 6,6,0xbcde
	la 3,.LC6@l(3)
	bl show_hex64
	lis 5,0xedc
	lis 6,0x7654
	lis 3,.LC7@ha
	ori 5,5,0xba98
	ori 6,6,0x320f
	la 3,.LC7@l(3)
	bl show_hex64
	lis 5,0xfedc
	lis 6,0x7654
	lis 3,.LC8@ha
	ori 5,5,0xba98
	ori 6,6,0x3210
	la 3,.LC8@l(3)
	bl show_hex64
	lis 5,0x123
	lis 6,0x89ab
	lis 3,.LC9@ha
	ori 5,5,0x4567
	ori 6,6,0xcdf0
	la 3,.LC9@l(3)
	bl show_hex64
	lis 3,.LC10@ha
	li 5,-1
	li 6,-2
	la 3,.LC10@l(3)
	bl show_hex64
	lis 3,.LC11@ha
	li 5,0
	li 6,1
	la 3,.LC11@l(3)
	bl show_hex64
	lis 5,0x121
	lis 6,0xad77
	lis 3,.LC12@ha
	ori 5,5,0xfa00
	ori 6,6,0xd742
	la 3,.LC12@l(3)
	bl show_hex64
	lis 5,0x2236
	lis 6,0xe561
	lis 3,.LC13@ha
	ori 6,6,0x8cf0
	ori 5,5,0xd88f
	la 3,.LC13@l(3)
	bl show_hex64
	addi 4,1,12
	li 3,-1
	bl ovf_add.constprop.0
	addi 4,1,12
	mr 28,3
	lis 3,0x7fff
	ori 3,3,0xffff
	bl ovf_add.constprop.0
	addi 5,1,8
	mr 29,3
	lis 3,0x7fff
	li 4,1
	ori 3,3,0xffff
	bl ovf_sadd
	slwi 29,29,1
	slwi 3,3,2
	addi 5,1,8
	or 29,29,3
	li 4,3
	li 3,-5
	or 29,29,28
	bl ovf_sadd
	addi 5,1,8
	slwi 28,3,3
	li 4,1
	lis 3,0x8000
	or 28,28,29
	bl ovf_ssub
	addi 5,1,8
	slwi 29,3,4
	li 4,7
	li 3,5
	or 29,29,28
	bl ovf_ssub
	addi 5,1,12
	slwi 28,3,5
	lis 4,0x1
	lis 3,0x1
	or 28,28,29
	bl ovf_umul
	lis 4,0x1
	slwi 29,3,6
	li 3,0
	addi 5,1,12
	ori 4,4,0x1
	ori 3,3,0xffff
	or 29,29,28
	bl ovf_umul
	slwi 4,3,7
	lis 3,.LC14@ha
	or 4,4,29
	la 3,.LC14@l(3)
	bl show_hex
	li 4,32
	li 3,-16
	bl sat_add
	li 4,6
	mr 29,3
	li 3,5
	bl sat_add
	xor 4,29,3
	lis 3,.LC15@ha
	la 3,.LC15@l(3)
	bl show_hex
	li 4,10
	li 3,3
	bl sat_sub
	li 4,3
	mr 29,3
	li 3,10
	bl sat_sub
	add 4,29,3
	lis 3,.LC16@ha
	la 3,.LC16@l(3)
	bl show_hex
	li 3,-9
	bl sign
	mr 29,3
	li 3,0
	bl sign
	mulli 3,3,10
	mulli 29,29,100
	add 29,29,3
	li 3,77
	bl sign
	add 4,29,3
	lis 3,.LC17@ha
	la 3,.LC17@l(3)
	bl show_int
	li 5,0
	li 6,251
	mr 3,30
	mr 4,31
	bl __umoddi3
	addi 11,1,96
	mr 3,4
	b _restgpr_14_x
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
	.cfi_restore 65
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
