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
.L7:
	cmpwi 0,4,0
	bne+ 0,.L8
	srawi 9,3,31
	xor 3,9,3
	subf 3,9,3
	blr
.L8:
	divw 9,3,4
	mullw 9,9,4
	subf 9,9,3
	mr 3,4
	mr 4,9
	b .L7
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
	lwz 9,0(4)
	lwz 10,0(3)
	srawi 3,9,31
	xor 9,3,9
	subf 3,3,9
	srawi 9,10,31
	xor 10,9,10
	subf 9,9,10
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
	lwz 8,0(3)
	li 9,10
	lwz 3,0(4)
	divw 10,8,9
	divw 9,3,9
	mulli 10,10,10
	mulli 9,9,10
	subf 10,10,8
	subf 9,9,3
	cmpw 0,10,9
	beq- 0,.L13
	subf 3,9,10
	blr
.L13:
	subf 3,3,8
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
	beq- 0,.L16
	subf 3,9,10
	blr
.L16:
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
	rlwinm 4,4,0,0xff
	cmplwi 0,4,9
	bgt- 0,.L20
	lwz 9,0(3)
	addi 9,9,1
	stw 9,0(3)
	lis 3,st_int@ha
	la 3,st_int@l(3)
	blr
.L20:
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
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	bgt+ 0,.L22
	lwz 9,0(3)
	addi 9,9,1
	stw 9,0(3)
	lis 3,st_int@ha
	la 3,st_int@l(3)
	blr
.L22:
	cmplwi 0,4,46
	lis 3,st_dot@ha
	la 3,st_dot@l(3)
	beqlr- 0
	li 3,0
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
	rlwinm 4,4,0,0xff
	cmplwi 0,4,9
	bgt- 0,.L27
	lwz 9,4(3)
	addi 9,9,1
	stw 9,4(3)
	lis 3,st_frac@ha
	la 3,st_frac@l(3)
	blr
.L27:
	li 3,0
	blr
	.cfi_endproc
.LFE17:
	.size	st_dot,.-st_dot
	.align 2
	.type	st_frac, @function
st_frac:
.LFB25:
	.cfi_startproc
	b st_dot
	.cfi_endproc
.LFE25:
	.size	st_frac,.-st_frac
	.align 2
	.type	gsort, @function
gsort:
.LFB12:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stmw 18,24(1)
	.cfi_offset 65, 4
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
	mr 21,3
	mr 20,4
	mr 31,5
	mr 19,6
	srawi 30,4,1
.L30:
	mullw 29,31,30
	neg 27,30
	mullw 27,27,31
	mr 25,21
	mr 28,30
	add 29,21,29
	b .L33
.L36:
	mr 5,31
	mr 4,29
	addi 3,1,8
	mr 26,25
	bl memcpy
	mr 24,29
	mr 23,28
.L31:
	cmpw 0,23,30
	mr 22,24
	bge+ 0,.L32
.L35:
	mr 5,31
	addi 4,1,8
	mr 3,22
	addi 28,28,1
	bl memcpy
	add 29,29,31
	add 25,25,31
.L33:
	cmpw 0,28,20
	blt+ 0,.L36
	srawi. 30,30,1
	bne+ 0,.L30
	addi 11,1,80
	b _restgpr_18_x
	.cfi_remember_state
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
	.cfi_restore 65
.L32:
	.cfi_restore_state
	mr 3,26
	addi 4,1,8
	mtctr 19
	mr 18,26
	subf 23,30,23
	add 24,24,27
	add 26,26,27
	bctrl
	cmpwi 0,3,0
	ble- 0,.L35
	mr 5,31
	mr 4,18
	mr 3,22
	bl memcpy
	b .L31
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
	beq- 0,.L41
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
.L41:
	lis 3,st_sign@ha
	la 3,st_sign@l(3)
	blr
	.cfi_endproc
.LFE14:
	.size	st_start,.-st_start
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"+-*Mg^"
.LC3:
	.string	" ok "
.LC4:
	.string	" no "
.LC5:
	.string	": "
.LC6:
	.string	"missing op"
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
	stw 0,164(1)
	stmw 21,116(1)
	.cfi_offset 65, 4
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
	lis 29,.LC2@ha
	lis 31,.LANCHOR0@ha
	lis 28,.LC5@ha
	la 29,.LC2@l(29)
	la 31,.LANCHOR0@l(31)
	la 28,.LC5@l(28)
.L44:
	lbz 30,0(29)
	cmpwi 0,30,0
	bne+ 0,.L48
	lis 3,.LC6@ha
	li 4,1
	la 3,.LC6@l(3)
	addi 28,1,8
	bl show_int
	li 5,48
	addi 4,31,80
	mr 3,28
	bl memcpy
	li 29,0
	addi 27,31,128
.L50:
	slwi 9,29,2
	li 5,4
	lwzx 6,27,9
	li 4,12
	mr 3,28
	li 30,0
	bl gsort
.L52:
	slwi 9,30,2
	lwzx 3,28,9
	bl print_int
	cmpwi 0,30,11
	bne+ 0,.L49
	li 3,10
	addi 29,29,1
	bl print_char
	cmpwi 0,29,3
	bne+ 0,.L50
	li 5,40
	addi 4,31,140
	addi 3,1,56
	li 30,0
	bl memcpy
	lis 6,by_rec@ha
	la 6,by_rec@l(6)
	li 5,8
	li 4,5
	addi 3,1,56
	bl gsort
	addi 29,1,60
.L55:
	lwzx 3,29,30
	bl print_int
	cmplwi 0,30,32
	bne+ 0,.L53
	li 3,10
	lis 28,st_start@ha
	lis 27,.LC4@ha
	lis 26,st_int@ha
	lis 25,.LC3@ha
	lis 24,st_frac@ha
	bl print_char
	li 29,0
	li 30,0
	addi 31,31,180
	li 22,0
	la 28,st_start@l(28)
	la 27,.LC4@l(27)
	la 26,st_int@l(26)
	la 25,.LC3@l(25)
	la 24,st_frac@l(24)
.L54:
	slwi 9,29,2
	stw 22,100(1)
	lwzx 23,9,31
	mr 9,28
	stw 22,96(1)
	addi 21,23,-1
.L56:
	lbzu 4,1(21)
	cmpwi 0,4,0
	beq- 0,.L57
	cmpwi 0,9,0
	bne+ 0,.L58
.L59:
	mr 3,23
	bl print_str
	mr 3,27
.L61:
	bl print_str
	lwz 3,96(1)
	addi 29,29,1
	bl print_int
	li 3,47
	bl print_char
	lwz 3,100(1)
	bl print_int
	bl print_nl
	cmpwi 0,29,8
	bne+ 0,.L54
	li 4,7
	li 3,6
	bl op_mul
	addi 4,3,13
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
	addi 11,1,160
	mulli 3,30,10
	addi 3,3,1
	b _restgpr_21_x
	.cfi_remember_state
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
	.cfi_restore 65
.L48:
	.cfi_restore_state
	mr 3,30
	bl print_char
	mr 3,28
	bl print_str
	cmpwi 0,30,43
	beq- 0,.L62
	cmpwi 0,30,45
	beq- 0,.L63
	cmpwi 0,30,42
	beq- 0,.L64
	cmpwi 0,30,77
	beq- 0,.L65
	cmpwi 0,30,103
	beq- 0,.L66
	cmpwi 0,30,94
	li 27,0
	li 9,5
	beq- 0,.L45
.L46:
	addi 26,31,48
	li 30,7
	li 9,12
.L47:
	mr 3,9
	lwzu 4,4(26)
	mtctr 27
	bctrl
	addic. 30,30,-1
	mr 9,3
	bne+ 0,.L47
	bl print_int
	addi 29,29,1
	bl print_nl
	b .L44
.L62:
	li 9,0
.L45:
	slwi 9,9,3
	add 9,31,9
	lwz 27,4(9)
	b .L46
.L63:
	li 9,1
	b .L45
.L64:
	li 9,2
	b .L45
.L65:
	li 9,3
	b .L45
.L66:
	li 9,4
	b .L45
.L49:
	li 3,32
	addi 30,30,1
	bl print_char
	b .L52
.L53:
	li 3,32
	addi 30,30,8
	bl print_char
	b .L55
.L58:
	mtctr 9
	addi 3,1,96
	bctrl
	mr 9,3
	b .L56
.L57:
	cmpw 0,9,26
	beq+ 0,.L60
	cmpw 0,9,24
	bne- 0,.L59
.L60:
	mr 3,23
	addi 30,30,1
	bl print_str
	mr 3,25
	b .L61
	.cfi_endproc
.LFE22:
	.size	main,.-main
	.section	.rodata.str1.1
.LC8:
	.string	"42"
.LC9:
	.string	"-3.14"
.LC10:
	.string	"+0.5"
.LC11:
	.string	"1."
.LC12:
	.string	".5"
.LC13:
	.string	"12a"
.LC14:
	.string	"-"
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
