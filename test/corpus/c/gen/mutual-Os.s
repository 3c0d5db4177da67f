	.file	"mutual.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	skip, @function
skip:
.LFB4:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	li 10,0
	lwz 9,.LANCHOR0@l(8)
.L2:
	mr 7,9
	addi 9,9,1
	lbz 6,-1(9)
	cmpwi 0,6,32
	beq+ 0,.L4
	andi. 10,10,0x1
	beqlr- 0
	stw 7,.LANCHOR0@l(8)
	blr
.L4:
	li 10,1
	b .L2
	.cfi_endproc
.LFE4:
	.size	skip,.-skip
	.align 2
	.type	expr, @function
expr:
.LFB7:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stmw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR0@ha
	stw 0,20(1)
	.cfi_offset 65, 4
	bl term
	mr 31,3
.L9:
	bl skip
	lwz 9,.LANCHOR0@l(30)
	lbz 10,0(9)
	cmpwi 0,10,43
	bne+ 0,.L10
	addi 9,9,1
	stw 9,.LANCHOR0@l(30)
	bl term
	add 31,31,3
	b .L9
.L10:
	cmpwi 0,10,45
	bne- 0,.L8
	addi 9,9,1
	stw 9,.LANCHOR0@l(30)
	bl term
	subf 31,3,31
	b .L9
.L8:
	addi 11,1,16
	mr 3,31
	b _restgpr_30_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 65
	.cfi_endproc
.LFE7:
	.size	expr,.-expr
	.align 2
	.type	factor, @function
factor:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stmw 28,16(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 29,1
	lis 30,.LANCHOR0@ha
.L20:
	bl skip
	lwz 9,.LANCHOR0@l(30)
	la 28,.LANCHOR0@l(30)
	lbz 10,0(9)
	rlwinm 8,10,0,0xff
	cmpwi 0,8,40
	bne+ 0,.L15
	addi 9,9,1
	stw 9,.LANCHOR0@l(30)
	bl expr
	mr 31,3
	bl skip
	lwz 9,.LANCHOR0@l(30)
	lbz 10,0(9)
	cmpwi 0,10,41
	beq- 0,.L16
	li 9,1
	stw 9,4(28)
.L18:
	addi 11,1,32
	mullw 3,29,31
	b _restgpr_28_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 65
.L16:
	.cfi_restore_state
	addi 9,9,1
	stw 9,.LANCHOR0@l(30)
	b .L18
.L15:
	cmpwi 0,8,45
	bne- 0,.L19
	addi 9,9,1
	neg 29,29
	stw 9,.LANCHOR0@l(30)
	b .L20
.L19:
	addi 10,10,-48
	li 8,0
	rlwinm 10,10,0,0xff
	li 31,0
	cmplwi 0,10,9
	ble+ 0,.L22
	li 9,2
	li 31,0
	stw 9,4(28)
	b .L18
.L23:
	mulli 31,31,10
	rlwinm 10,10,0,0xff
	addi 10,10,-48
	li 8,1
	add 31,10,31
.L22:
	lbz 10,0(9)
	mr 6,9
	addi 9,9,1
	addi 7,10,-48
	rlwinm 7,7,0,0xff
	cmplwi 0,7,9
	ble+ 0,.L23
	andi. 8,8,0x1
	beq- 0,.L18
	stw 6,.LANCHOR0@l(30)
	b .L18
	.cfi_endproc
.LFE5:
	.size	factor,.-factor
	.align 2
	.type	term, @function
term:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stmw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR0@ha
	stw 0,36(1)
	.cfi_offset 65, 4
	bl factor
	mr 31,3
	la 30,.LANCHOR0@l(30)
	li 29,3
.L30:
	bl skip
	lwz 9,0(30)
	lbz 10,0(9)
	cmpwi 0,10,42
	beq- 0,.L31
	cmpwi 0,10,47
	beq- 0,.L32
	cmpwi 0,10,37
	beq+ 0,.L33
	addi 11,1,32
	mr 3,31
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
.L31:
	.cfi_restore_state
	addi 9,9,1
	stw 9,0(30)
	bl factor
	mullw 31,31,3
	b .L30
.L33:
	addi 9,9,1
	stw 9,0(30)
	bl factor
	cmpwi 0,3,0
	bne- 0,.L35
.L36:
	stw 29,4(30)
	b .L30
.L32:
	addi 9,9,1
	stw 9,0(30)
	bl factor
	cmpwi 0,3,0
	beq- 0,.L36
	divw 31,31,3
	b .L30
.L35:
	divw 9,31,3
	mullw 9,9,3
	subf 31,9,31
	b .L30
	.cfi_endproc
.LFE6:
	.size	term,.-term
	.align 2
	.type	is_even.part.0, @function
is_even.part.0:
.LFB11:
	.cfi_startproc
	addic. 3,3,-1
	beq+ 0,.L43
	b is_odd.part.0
.L43:
	li 3,0
	blr
	.cfi_endproc
.LFE11:
	.size	is_even.part.0,.-is_even.part.0
	.align 2
	.type	is_odd.part.0, @function
is_odd.part.0:
.LFB10:
	.cfi_startproc
	addic. 3,3,-1
	beq+ 0,.L45
	b is_even.part.0
.L45:
	li 3,1
	blr
	.cfi_endproc
.LFE10:
	.size	is_odd.part.0,.-is_odd.part.0
	.align 2
	.type	hof_f, @function
hof_f:
.LFB2:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr. 31,3
	stw 0,20(1)
	.cfi_offset 65, 4
	beq+ 0,.L48
	addi 3,31,-1
	bl hof_f
	bl hof_m
	subf 3,3,31
.L46:
	addi 11,1,16
	b _restgpr_31_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 65
.L48:
	.cfi_restore_state
	li 3,1
	b .L46
	.cfi_endproc
.LFE2:
	.size	hof_f,.-hof_f
	.align 2
	.type	hof_m, @function
hof_m:
.LFB3:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr. 31,3
	stw 0,20(1)
	.cfi_offset 65, 4
	beq+ 0,.L51
	addi 3,31,-1
	bl hof_m
	bl hof_f
	subf 31,3,31
.L51:
	addi 11,1,16
	mr 3,31
	b _restgpr_31_x
	.cfi_restore 31
	.cfi_restore 65
	.cfi_endproc
.LFE3:
	.size	hof_m,.-hof_m
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"even(1001)"
.LC1:
	.string	"odd(777)"
.LC2:
	.string	"F:"
.LC3:
	.string	"\nM:"
.LC4:
	.string	" -> error "
.LC5:
	.string	" = "
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	li 3,999
	stw 0,52(1)
	stmw 22,8(1)
	.cfi_offset 65, 4
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
	bl is_even.part.0
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	li 31,0
	bl show_int
	li 3,775
	bl is_odd.part.0
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl print_str
.L57:
	li 3,32
	bl print_char
	mr 3,31
	bl hof_f
	addi 31,31,1
	bl print_int
	cmpwi 0,31,20
	bne+ 0,.L57
	lis 3,.LC3@ha
	li 31,0
	la 3,.LC3@l(3)
	bl print_str
.L58:
	li 3,32
	bl print_char
	mr 3,31
	bl hof_m
	addi 31,31,1
	bl print_int
	cmpwi 0,31,20
	bne+ 0,.L58
	lis 30,.LANCHOR1@ha
	lis 31,.LANCHOR0@ha
	la 30,.LANCHOR1@l(30)
	lis 27,.LC5@ha
	lis 26,.LC4@ha
	bl print_nl
	addi 30,30,-4
	li 28,10
	li 29,0
	la 31,.LANCHOR0@l(31)
	li 22,0
	la 27,.LC5@l(27)
	la 26,.LC4@l(26)
.L63:
	lwzu 23,4(30)
	stw 22,4(31)
	stw 23,0(31)
	bl expr
	mr 25,3
	bl skip
	lwz 9,0(31)
	lbz 9,0(9)
	cmpwi 0,9,0
	beq- 0,.L59
	lwz 9,4(31)
	cmpwi 0,9,0
	bne- 0,.L60
	li 9,4
.L60:
	stw 9,4(31)
.L59:
	lwz 24,4(31)
	mr 3,23
	bl print_str
	cmpwi 0,24,0
	beq- 0,.L61
	mr 3,26
	addi 29,29,1
	bl print_str
	mr 3,24
	bl print_int
.L62:
	bl print_nl
	addic. 28,28,-1
	bne+ 0,.L63
	addi 11,1,48
	addi 3,29,10
	b _restgpr_22_x
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
	.cfi_restore 65
.L61:
	.cfi_restore_state
	mr 3,27
	bl print_str
	mr 3,25
	bl print_int
	b .L62
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.section	.rodata.str1.1
.LC6:
	.string	"1 + 2 * 3"
.LC7:
	.string	"(1 + 2) * 3"
.LC8:
	.string	"100 / 7 % 5"
.LC9:
	.string	"-(4 - 10) * -3"
.LC10:
	.string	"2 * (3 + 4 * (5 - 6)) - 7"
.LC11:
	.string	"12345 * 6789 - 9876 / 3"
.LC12:
	.string	"1 +"
.LC13:
	.string	"(2 + 3"
.LC14:
	.string	"8 / (4 - 4)"
.LC15:
	.string	"7 7"
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	exprs.0, @object
	.size	exprs.0, 40
exprs.0:
	.long	.LC6
	.long	.LC7
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	p, @object
	.size	p, 4
p:
	.zero	4
	.type	error, @object
	.size	error, 4
error:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
