	.file	"funcptr.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	op_add, @function
op_add:
.LFB0:
	.cfi_startproc
	add 3,3,4
	blr
	.cfi_endproc
.LFE0:
	.size	op_add,.-op_add
	.align 2
	.type	op_sub, @function
op_sub:
.LFB1:
	.cfi_startproc
	subf 3,4,3
	blr
	.cfi_endproc
.LFE1:
	.size	op_sub,.-op_sub
	.align 2
	.type	op_mul, @function
op_mul:
.LFB2:
	.cfi_startproc
	mullw 3,3,4
	blr
	.cfi_endproc
.LFE2:
	.size	op_mul,.-op_mul
	.align 2
	.type	op_max, @function
op_max:
.LFB3:
	.cfi_startproc
	mr 9,3
	mr 3,4
	cmpw 0,4,9
	bgelr- 0
	mr 3,9
	blr
	.cfi_endproc
.LFE3:
	.size	op_max,.-op_max
	.align 2
	.type	op_gcd, @function
op_gcd:
.LFB4:
	.cfi_startproc
	cmpwi 0,4,0
	beq- 0,.L10
.L9:
	divw 9,3,4
	mr 10,4
	mullw 9,9,4
	subf 4,9,3
	mr 3,10
	cmpwi 0,4,0
	bne+ 0,.L9
	srawi 3,10,31
	xor 10,3,10
	subf 3,3,10
	blr
.L10:
	mr 10,3
	srawi 3,10,31
	xor 10,3,10
	subf 3,3,10
	blr
	.cfi_endproc
.LFE4:
	.size	op_gcd,.-op_gcd
	.align 2
	.type	op_xor, @function
op_xor:
.LFB5:
	.cfi_startproc
	xor 3,3,4
	blr
	.cfi_endproc
.LFE5:
	.size	op_xor,.-op_xor
	.align 2
	.type	by_value, @function
by_value:
.LFB8:
	.cfi_startproc
	lwz 3,0(3)
	lwz 9,0(4)
	subf 3,9,3
	blr
	.cfi_endproc
.LFE8:
	.size	by_value,.-by_value
	.align 2
	.type	by_abs_desc, @function
by_abs_desc:
.LFB9:
	.cfi_startproc
	lwz 8,0(3)
	lwz 10,0(4)
	srawi 9,8,31
	srawi 3,10,31
	xor 8,9,8
	xor 10,3,10
	subf 9,9,8
	subf 3,3,10
	subf 3,9,3
	blr
	.cfi_endproc
.LFE9:
	.size	by_abs_desc,.-by_abs_desc
	.align 2
	.type	by_last_digit, @function
by_last_digit:
.LFB10:
	.cfi_startproc
	lwz 6,0(3)
	lis 9,0x6666
	lwz 3,0(4)
	ori 9,9,0x6667
	mulhw 5,6,9
	srawi 8,6,31
	mulhw 10,3,9
	srawi 9,3,31
	srawi 5,5,2
	srawi 10,10,2
	subf 8,8,5
	subf 9,9,10
	mulli 10,8,10
	mulli 9,9,10
	subf 10,10,6
	subf 9,9,3
	cmpw 0,10,9
	beq- 0,.L16
	subf 3,9,10
	blr
.L16:
	subf 3,3,6
	blr
	.cfi_endproc
.LFE10:
	.size	by_last_digit,.-by_last_digit
	.align 2
	.type	by_rec, @function
by_rec:
.LFB11:
	.cfi_startproc
	lha 10,0(3)
	lha 9,0(4)
	cmpw 0,10,9
	beq- 0,.L19
	subf 3,9,10
	blr
.L19:
	lha 9,2(3)
	lha 3,2(4)
	subf 3,3,9
	blr
	.cfi_endproc
.LFE11:
	.size	by_rec,.-by_rec
	.align 2
	.type	st_sign, @function
st_sign:
.LFB15:
	.cfi_startproc
	addi 4,4,-48
	mr 9,3
	rlwinm 4,4,0,0xff
	cmplwi 0,4,9
	bgt- 0,.L23
	lwz 10,0(3)
	lis 3,st_int@ha
	la 3,st_int@l(3)
	addi 10,10,1
	stw 10,0(9)
	blr
.L23:
	li 3,0
	blr
	.cfi_endproc
.LFE15:
	.size	st_sign,.-st_sign
	.align 2
	.type	st_int, @function
st_int:
.LFB16:
	.cfi_startproc
	addi 9,4,-48
	mr 10,3
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	ble- 0,.L28
	cmplwi 0,4,46
	beq- 0,.L27
	li 3,0
	blr
.L27:
	lis 3,st_dot@ha
	la 3,st_dot@l(3)
	blr
.L28:
	lwz 9,0(3)
	lis 3,st_int@ha
	la 3,st_int@l(3)
	addi 9,9,1
	stw 9,0(10)
	blr
	.cfi_endproc
.LFE16:
	.size	st_int,.-st_int
	.align 2
	.type	st_dot, @function
st_dot:
.LFB17:
	.cfi_startproc
	addi 4,4,-48
	mr 9,3
	rlwinm 4,4,0,0xff
	cmplwi 0,4,9
	bgt- 0,.L31
	lwz 10,4(3)
	lis 3,st_frac@ha
	la 3,st_frac@l(3)
	addi 10,10,1
	stw 10,4(9)
	blr
.L31:
	li 3,0
	blr
	.cfi_endproc
.LFE17:
	.size	st_dot,.-st_dot
	.align 2
	.type	gsort, @function
gsort:
.LFB12:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 28,80(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	srawi 28,4,1
	cmpw 0,4,28
	stw 17,36(1)
	stw 18,40(1)
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	mr 17,3
	stw 23,60(1)
	mr 18,4
	stw 25,68(1)
	.cfi_offset 23, -36
	.cfi_offset 25, -28
	mr 23,6
	stw 0,100(1)
	mr 25,5
	stw 19,44(1)
	stw 20,48(1)
	stw 21,52(1)
	stw 22,56(1)
	stw 24,64(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 29,84(1)
	stw 30,88(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 24, -32
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bgt- 0,.L40
	srawi 28,4,2
.L40:
	mullw 26,25,28
	mr 19,17
	mr 22,28
	add 21,17,26
	mr 20,21
.L38:
	mr 5,25
	mr 4,21
	addi 3,1,8
	mr 30,21
	bl memcpy
	mr 31,19
	cmpw 0,22,28
	mr 27,20
	mr 29,22
	bge+ 0,.L35
	b .L36
.L37:
	bl memcpy
	cmpw 0,29,28
	blt- 0,.L43
.L35:
	addi 4,1,8
	mr 3,31
	mtctr 23
	mr 30,27
	mr 24,31
	subf 29,28,29
	subf 27,26,27
	bctrl
	mr 4,31
	mr 9,3
	mr 5,25
	cmpwi 0,9,0
	mr 3,30
	subf 31,26,31
	bgt+ 0,.L37
.L36:
	mr 3,30
	addi 22,22,1
	mr 5,25
	addi 4,1,8
	bl memcpy
	add 21,21,25
	cmpw 0,18,22
	add 20,20,25
	add 19,19,25
	bne+ 0,.L38
.L51:
	srawi. 28,28,1
	bne+ 0,.L40
	lwz 0,100(1)
	lwz 17,36(1)
	lwz 18,40(1)
	lwz 19,44(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
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
	.cfi_def_cfa_offset 0
	blr
.L43:
	.cfi_restore_state
	mr 30,24
	addi 22,22,1
	mr 3,30
	mr 5,25
	addi 4,1,8
	add 21,21,25
	bl memcpy
	add 20,20,25
	cmpw 0,18,22
	add 19,19,25
	bne+ 0,.L38
	b .L51
	.cfi_endproc
.LFE12:
	.size	gsort,.-gsort
	.align 2
	.type	st_start, @function
st_start:
.LFB14:
	.cfi_startproc
	addi 10,4,-43
	mr 9,3
	andi. 10,10,0xfd
	beq- 0,.L54
	addi 4,4,-48
	li 3,0
	rlwinm 4,4,0,0xff
	cmplwi 0,4,9
	bgtlr- 0
	lwz 10,0(9)
	lis 3,st_int@ha
	la 3,st_int@l(3)
	addi 10,10,1
	stw 10,0(9)
	blr
.L54:
	lis 3,st_sign@ha
	la 3,st_sign@l(3)
	blr
	.cfi_endproc
.LFE14:
	.size	st_start,.-st_start
	.align 2
	.type	st_frac, @function
st_frac:
.LFB25:
	.cfi_startproc
	addi 4,4,-48
	mr 9,3
	rlwinm 4,4,0,0xff
	cmplwi 0,4,9
	bgt- 0,.L58
	lwz 10,4(3)
	lis 3,st_frac@ha
	la 3,st_frac@l(3)
	addi 10,10,1
	stw 10,4(9)
	blr
.L58:
	li 3,0
	blr
	.cfi_endproc
.LFE25:
	.size	st_frac,.-st_frac
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC2:
	.string	"+-*Mg^"
	.align 2
.LC3:
	.string	" ok "
	.align 2
.LC4:
	.string	" no "
	.align 2
.LC5:
	.string	": "
	.align 2
.LC6:
	.string	"missing op"
	.align 2
.LC7:
	.string	"chooser"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB22:
	.cfi_startproc
	stwu 1,-160(1)
	.cfi_def_cfa_offset 160
	mflr 0
	stw 27,140(1)
	.cfi_register 65, 0
	.cfi_offset 27, -20
	lis 27,.LANCHOR0@ha
	stw 0,164(1)
	la 27,.LANCHOR0@l(27)
	stw 21,116(1)
	stw 22,120(1)
	stw 23,124(1)
	stw 28,144(1)
	stw 29,148(1)
	stw 30,152(1)
	stw 24,128(1)
	.cfi_offset 65, 4
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 24, -32
	lis 24,.LC5@ha
	stw 26,136(1)
	.cfi_offset 26, -24
	lis 26,.LC2@ha
	stw 25,132(1)
	la 26,.LC2@l(26)
	stw 31,156(1)
	.cfi_offset 25, -28
	.cfi_offset 31, -4
	addi 25,27,48
	la 24,.LC5@l(24)
	li 31,43
.L63:
	mr 3,31
	bl print_char
	mr 3,24
	bl print_str
	cmpwi 0,31,43
	beq- 0,.L76
	cmpwi 0,31,45
	beq- 0,.L77
	cmpwi 0,31,42
	beq- 0,.L78
	cmpwi 0,31,77
	beq- 0,.L79
	cmpwi 0,31,103
	beq- 0,.L80
	cmpwi 0,31,94
	li 9,5
	li 28,0
	beq- 0,.L60
.L61:
	lwz 4,4(25)
	li 3,12
	mtctr 28
	addi 31,25,4
	li 30,6
	bctrl
	mr 9,3
.L62:
	lwz 4,4(31)
	mr 3,9
	mtctr 28
	addi 29,31,4
	addi 30,30,-1
	addi 31,31,8
	bctrl
	lwz 4,4(29)
	mtctr 28
	bctrl
	addic. 30,30,-1
	mr 9,3
	bne+ 0,.L62
	bl print_int
	bl print_nl
	lbzu 31,1(26)
	cmpwi 0,31,0
	bne+ 0,.L63
	lis 3,.LC6@ha
	li 4,1
	la 3,.LC6@l(3)
	addi 26,27,124
	bl show_int
	addi 3,1,8
	li 5,48
	addi 4,27,80
	bl memcpy
	addi 25,27,136
	addi 28,1,52
.L65:
	lwzu 6,4(26)
	li 5,4
	li 4,12
	addi 3,1,8
	mr 29,3
	bl gsort
	lwz 3,8(1)
	addi 31,29,4
	bl print_int
	li 3,32
	bl print_char
	lwz 3,4(29)
	addi 29,31,4
	bl print_int
	li 3,32
	cmplw 0,31,28
	beq- 0,.L98
.L64:
	bl print_char
	lwz 3,4(31)
	addi 31,29,4
	bl print_int
	li 3,32
	bl print_char
	lwz 3,4(29)
	addi 29,31,4
	bl print_int
	li 3,32
	cmplw 0,31,28
	bne+ 0,.L64
.L98:
	li 3,10
	bl print_char
	cmplw 0,26,25
	bne+ 0,.L65
	li 5,40
	addi 4,27,140
	addi 3,1,56
	addi 29,1,60
	bl memcpy
	lis 6,by_rec@ha
	addi 3,1,56
	la 6,by_rec@l(6)
	li 5,8
	li 4,5
	bl gsort
	lwzx 3,29,30
	addi 31,30,8
	bl print_int
	li 3,32
	cmplwi 0,30,32
	addi 30,31,8
	beq- 0,.L99
.L68:
	bl print_char
	lwzx 3,29,31
	addi 31,30,8
	bl print_int
	li 3,32
	bl print_char
	lwzx 3,29,30
	bl print_int
	li 3,32
	cmplwi 0,30,32
	addi 30,31,8
	bne+ 0,.L68
.L99:
	li 3,10
	lis 25,st_start@ha
	lis 23,st_int@ha
	lis 24,.LC3@ha
	lis 21,st_frac@ha
	lis 22,.LC4@ha
	addi 29,27,176
	bl print_char
	la 25,st_start@l(25)
	la 23,st_int@l(23)
	la 24,.LC3@l(24)
	la 21,st_frac@l(21)
	la 22,.LC4@l(22)
	addi 27,27,208
	li 26,0
	li 28,0
.L69:
	lwzu 30,4(29)
	mr 9,25
	stw 28,100(1)
	stw 28,96(1)
	mr 31,30
	lbz 4,0(30)
	cmpwi 0,4,0
	bne+ 0,.L71
	b .L74
.L100:
	beq- 7,.L74
.L71:
	mtctr 9
	addi 3,1,96
	bctrl
	lbzu 4,1(31)
	cmpwi 7,3,0
	mr 9,3
	cmpwi 0,4,0
	bne+ 0,.L100
	cmpw 0,3,23
	bne- 0,.L101
.L75:
	mr 3,30
	addi 26,26,1
	bl print_str
	mr 3,24
.L72:
	bl print_str
	lwz 3,96(1)
	bl print_int
	li 3,47
	bl print_char
	lwz 3,100(1)
	bl print_int
	bl print_nl
	cmplw 0,29,27
	bne+ 0,.L69
	li 4,7
	li 3,6
	bl op_mul
	lis 9,.LC7@ha
	addi 4,3,13
	la 3,.LC7@l(9)
	bl show_int
	lwz 0,164(1)
	mulli 3,26,10
	lwz 21,116(1)
	lwz 22,120(1)
	lwz 23,124(1)
	addi 3,3,1
	lwz 24,128(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 25,132(1)
	lwz 26,136(1)
	lwz 27,140(1)
	lwz 28,144(1)
	lwz 29,148(1)
	lwz 30,152(1)
	lwz 31,156(1)
	addi 1,1,160
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
	.cfi_def_cfa_offset 0
	blr
.L101:
	.cfi_restore_state
	cmpw 0,3,21
	beq+ 0,.L75
.L74:
	mr 3,30
	bl print_str
	mr 3,22
	b .L72
.L76:
	li 9,0
.L60:
	slwi 9,9,3
	add 9,27,9
	lwz 28,4(9)
	b .L61
.L77:
	li 9,1
	b .L60
.L78:
	li 9,2
	b .L60
.L79:
	li 9,3
	b .L60
.L80:
	li 9,4
	b .L60
	.cfi_endproc
.LFE22:
	.size	main,.-main
	.section	.rodata.str1.4
	.align 2
.LC8:
	.string	"42"
	.align 2
.LC9:
	.string	"-3.14"
	.align 2
.LC10:
	.string	"+0.5"
	.align 2
.LC11:
	.string	"1."
	.align 2
.LC12:
	.string	".5"
	.align 2
.LC13:
	.string	"12a"
	.align 2
.LC14:
	.string	"-"
	.align 2
.LC15:
	.string	"007"
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	table, @object
	.size	table, 48
table:
	.byte	43
	.zero	3
	.long	op_add
	.byte	45
	.zero	3
	.long	op_sub
	.byte	42
	.zero	3
	.long	op_mul
	.byte	77
	.zero	3
	.long	op_max
	.byte	103
	.zero	3
	.long	op_gcd
	.byte	94
	.zero	3
	.long	op_xor
	.type	v.2, @object
	.size	v.2, 32
v.2:
	.long	12
	.long	-7
	.long	30
	.long	18
	.long	-42
	.long	6
	.long	24
	.long	9
.LC0:
	.long	53
	.long	-8
	.long	17
	.long	0
	.long	99
	.long	-100
	.long	21
	.long	7
	.long	33
	.long	-41
	.long	12
	.long	68
	.type	cmps.1, @object
	.size	cmps.1, 12
cmps.1:
	.long	by_value
	.long	by_abs_desc
	.long	by_last_digit
.LC1:
	.short	3
	.short	1
	.long	9
	.short	1
	.short	2
	.long	8
	.short	2
	.short	3
	.long	7
	.short	1
	.short	1
	.long	6
	.short	0
	.short	9
	.long	5
	.type	nums.0, @object
	.size	nums.0, 32
nums.0:
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
