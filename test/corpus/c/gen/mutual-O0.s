	.file	"mutual.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	is_even, @function
is_even:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L2
	lwz 9,8(31)
	addi 9,9,-1
	mr 3,9
	bl is_odd
	mr 9,3
	b .L4
.L2:
	li 9,1
.L4:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	is_even,.-is_even
	.align 2
	.type	is_odd, @function
is_odd:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L6
	lwz 9,8(31)
	addi 9,9,-1
	mr 3,9
	bl is_even
	mr 9,3
	b .L8
.L6:
	li 9,0
.L8:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	is_odd,.-is_odd
	.align 2
	.type	hof_f, @function
hof_f:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L10
	lwz 9,8(31)
	addi 9,9,-1
	mr 3,9
	bl hof_f
	mr 9,3
	mr 3,9
	bl hof_m
	mr 10,3
	lwz 9,8(31)
	subf 9,10,9
	b .L12
.L10:
	li 9,1
.L12:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	hof_f,.-hof_f
	.align 2
	.type	hof_m, @function
hof_m:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L14
	lwz 9,8(31)
	addi 9,9,-1
	mr 3,9
	bl hof_m
	mr 9,3
	mr 3,9
	bl hof_f
	mr 10,3
	lwz 9,8(31)
	subf 9,10,9
	b .L16
.L14:
	li 9,0
.L16:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	hof_m,.-hof_m
	.lcomm	p,4,4
	.type	p, @object
	.lcomm	error,4,4
	.type	error, @object
	.align 2
	.type	skip, @function
skip:
.LFB4:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	b .L18
.L19:
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 10,9,1
	lis 9,p@ha
	stw 10,p@l(9)
.L18:
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,32
	beq 0,.L19
	nop
	nop
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	skip,.-skip
	.align 2
	.type	factor, @function
factor:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl skip
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,40
	bne 0,.L21
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 10,9,1
	lis 9,p@ha
	stw 10,p@l(9)
	bl expr
	stw 3,12(31)
	bl skip
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,41
	beq 0,.L22
	lis 9,error@ha
	li 10,1
	stw 10,error@l(9)
	b .L23
.L22:
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 10,9,1
	lis 9,p@ha
	stw 10,p@l(9)
.L23:
	lwz 9,12(31)
	b .L24
.L21:
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,45
	bne 0,.L25
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 10,9,1
	lis 9,p@ha
	stw 10,p@l(9)
	bl factor
	mr 9,3
	neg 9,9
	b .L24
.L25:
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,47
	ble 0,.L26
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,57
	ble 0,.L27
.L26:
	lis 9,error@ha
	li 10,2
	stw 10,error@l(9)
	li 9,0
	b .L24
.L27:
	li 9,0
	stw 9,8(31)
	b .L28
.L30:
	lwz 9,8(31)
	mulli 10,9,10
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 7,9,1
	lis 8,p@ha
	stw 7,p@l(8)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	addi 9,9,-48
	add 9,10,9
	stw 9,8(31)
.L28:
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,47
	ble 0,.L29
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,57
	ble 0,.L30
.L29:
	lwz 9,8(31)
.L24:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
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
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl factor
	stw 3,8(31)
.L38:
	bl skip
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	stb 9,12(31)
	lbz 9,12(31)
	cmpwi 0,9,42
	beq 0,.L32
	lbz 9,12(31)
	cmpwi 0,9,47
	beq 0,.L32
	lbz 9,12(31)
	cmpwi 0,9,37
	beq 0,.L32
	lwz 9,8(31)
	b .L39
.L32:
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 10,9,1
	lis 9,p@ha
	stw 10,p@l(9)
	bl factor
	stw 3,16(31)
	lbz 9,12(31)
	cmpwi 0,9,42
	bne 0,.L34
	lwz 10,8(31)
	lwz 9,16(31)
	mullw 9,10,9
	stw 9,8(31)
	b .L38
.L34:
	lwz 9,16(31)
	cmpwi 0,9,0
	bne 0,.L36
	lis 9,error@ha
	li 10,3
	stw 10,error@l(9)
	b .L38
.L36:
	lbz 9,12(31)
	cmpwi 0,9,47
	bne 0,.L37
	lwz 10,8(31)
	lwz 9,16(31)
	divw 9,10,9
	stw 9,8(31)
	b .L38
.L37:
	lwz 9,8(31)
	lwz 10,16(31)
	divw 8,9,10
	lwz 10,16(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,8(31)
	b .L38
.L39:
	mr 3,9
	addi 11,31,32
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
	.size	term,.-term
	.align 2
	.type	expr, @function
expr:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl term
	stw 3,8(31)
.L45:
	bl skip
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,43
	bne 0,.L41
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 10,9,1
	lis 9,p@ha
	stw 10,p@l(9)
	bl term
	mr 10,3
	lwz 9,8(31)
	add 9,9,10
	stw 9,8(31)
	b .L45
.L41:
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,45
	bne 0,.L43
	lis 9,p@ha
	lwz 9,p@l(9)
	addi 10,9,1
	lis 9,p@ha
	stw 10,p@l(9)
	bl term
	mr 10,3
	lwz 9,8(31)
	subf 9,10,9
	stw 9,8(31)
	b .L45
.L43:
	lwz 9,8(31)
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	expr,.-expr
	.align 2
	.type	eval, @function
eval:
.LFB8:
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
	stw 3,24(31)
	stw 4,28(31)
	lis 9,p@ha
	lwz 10,24(31)
	stw 10,p@l(9)
	lis 9,error@ha
	li 10,0
	stw 10,error@l(9)
	bl expr
	stw 3,8(31)
	bl skip
	lis 9,p@ha
	lwz 9,p@l(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L48
	lis 9,error@ha
	lwz 9,error@l(9)
	cmpwi 0,9,0
	beq 0,.L49
	lis 9,error@ha
	lwz 9,error@l(9)
	b .L50
.L49:
	li 9,4
.L50:
	lis 10,error@ha
	stw 9,error@l(10)
.L48:
	lis 9,error@ha
	lwz 10,error@l(9)
	lwz 9,28(31)
	stw 10,0(9)
	lwz 9,8(31)
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
.LFE8:
	.size	eval,.-eval
	.section	.rodata
	.align 2
.LC0:
	.string	"even(1001)"
	.align 2
.LC1:
	.string	"odd(777)"
	.align 2
.LC2:
	.string	"F:"
	.align 2
.LC3:
	.string	"\nM:"
	.align 2
.LC4:
	.string	" -> error "
	.align 2
.LC5:
	.string	" = "
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
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
	li 3,1001
	bl is_even
	mr 9,3
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	li 3,777
	bl is_odd
	mr 9,3
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_str
	li 9,0
	stw 9,8(31)
	b .L53
.L54:
	li 3,32
	bl print_char
	lwz 3,8(31)
	bl hof_f
	mr 9,3
	mr 3,9
	bl print_int
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L53:
	lwz 9,8(31)
	cmpwi 0,9,19
	ble 0,.L54
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	li 9,0
	stw 9,12(31)
	b .L55
.L56:
	li 3,32
	bl print_char
	lwz 3,12(31)
	bl hof_m
	mr 9,3
	mr 3,9
	bl print_int
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L55:
	lwz 9,12(31)
	cmpwi 0,9,19
	ble 0,.L56
	bl print_nl
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L57
.L60:
	lis 9,exprs.0@ha
	la 10,exprs.0@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,31,28
	mr 4,10
	mr 3,9
	bl eval
	stw 3,24(31)
	lis 9,exprs.0@ha
	la 10,exprs.0@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl print_str
	lwz 9,28(31)
	cmpwi 0,9,0
	beq 0,.L58
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl print_str
	lwz 9,28(31)
	mr 3,9
	bl print_int
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
	b .L59
.L58:
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl print_str
	lwz 3,24(31)
	bl print_int
.L59:
	bl print_nl
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L57:
	lwz 9,20(31)
	cmplwi 0,9,9
	ble 0,.L60
	lwz 9,16(31)
	addi 9,9,10
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
.LFE9:
	.size	main,.-main
	.section	.rodata
	.align 2
.LC6:
	.string	"1 + 2 * 3"
	.align 2
.LC7:
	.string	"(1 + 2) * 3"
	.align 2
.LC8:
	.string	"100 / 7 % 5"
	.align 2
.LC9:
	.string	"-(4 - 10) * -3"
	.align 2
.LC10:
	.string	"2 * (3 + 4 * (5 - 6)) - 7"
	.align 2
.LC11:
	.string	"12345 * 6789 - 9876 / 3"
	.align 2
.LC12:
	.string	"1 +"
	.align 2
.LC13:
	.string	"(2 + 3"
	.align 2
.LC14:
	.string	"8 / (4 - 4)"
	.align 2
.LC15:
	.string	"7 7"
	.align 2
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
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
