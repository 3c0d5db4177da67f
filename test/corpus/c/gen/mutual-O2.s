	.file	"mutual.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	expr, @function
expr:
.LFB7:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 30,8(1)
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,20(1)
	.cfi_offset 65, 4
	bl term
	mr 30,3
	la 31,.LANCHOR0@l(31)
.L2:
	lwz 9,0(31)
	lbz 10,0(9)
	cmpwi 0,10,32
	bne- 0,.L3
.L4:
	lbzu 10,1(9)
	cmpwi 0,10,32
	beq+ 0,.L4
	stw 9,0(31)
.L3:
	cmpwi 0,10,43
	beq- 0,.L12
	cmpwi 0,10,45
	bne- 0,.L1
	addi 9,9,1
	stw 9,0(31)
	bl term
	subf 30,3,30
	b .L2
.L12:
	addi 9,9,1
	stw 9,0(31)
	bl term
	add 30,30,3
	b .L2
.L1:
	lwz 0,20(1)
	mr 3,30
	lwz 31,12(1)
	lwz 30,8(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE7:
	.size	expr,.-expr
	.align 2
	.type	factor, @function
factor:
.LFB5:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	li 7,0
	stw 30,8(1)
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	lwz 10,.LANCHOR0@l(30)
	stw 31,12(1)
	.cfi_offset 31, -4
	li 31,1
.L23:
	lbz 8,0(10)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,32
	bne- 0,.L14
.L15:
	lbzu 8,1(10)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,32
	beq+ 0,.L15
	li 7,1
.L14:
	cmpwi 0,9,40
	beq- 0,.L39
	cmpwi 0,9,45
	bne- 0,.L22
	addi 10,10,1
	neg 31,31
	li 7,1
	b .L23
.L39:
	addi 10,10,1
	mflr 0
	.cfi_register 65, 0
	stw 10,.LANCHOR0@l(30)
	stw 0,20(1)
	.cfi_offset 65, 4
	bl expr
	lwz 9,.LANCHOR0@l(30)
	lbz 10,0(9)
	cmpwi 0,10,32
	bne- 0,.L17
.L18:
	lbzu 10,1(9)
	cmpwi 0,10,32
	beq+ 0,.L18
	stw 9,.LANCHOR0@l(30)
.L17:
	cmpwi 0,10,41
	beq- 0,.L19
	la 30,.LANCHOR0@l(30)
	li 9,1
	stw 9,4(30)
.L20:
	lwz 0,20(1)
	mullw 3,31,3
	lwz 30,8(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
.L22:
	.cfi_def_cfa_offset 16
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	andi. 7,7,0x1
	beq- 0,.L24
	stw 10,.LANCHOR0@l(30)
.L24:
	addi 9,8,-48
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	bgt- 0,.L25
	lwz 6,.LANCHOR0@l(30)
	li 9,0
	lbz 7,0(6)
	addi 10,7,-48
	rlwinm 10,10,0,0xff
	cmplwi 0,10,9
	bgt- 0,.L27
.L26:
	rlwinm 8,7,0,0xff
	lbzu 7,1(6)
	mulli 9,9,10
	addi 8,8,-48
	addi 10,7,-48
	add 9,8,9
	rlwinm 10,10,0,0xff
	cmplwi 0,10,9
	ble+ 0,.L26
	stw 6,.LANCHOR0@l(30)
	mullw 3,31,9
	lwz 30,8(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
.L19:
	.cfi_def_cfa_offset 16
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	addi 9,9,1
	stw 9,.LANCHOR0@l(30)
	b .L20
.L25:
	.cfi_restore 65
	la 30,.LANCHOR0@l(30)
	li 9,2
	stw 9,4(30)
.L27:
	lwz 30,8(1)
	li 3,0
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
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
	stw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	li 29,3
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,36(1)
	.cfi_offset 65, 4
	bl factor
	mr 30,3
	la 31,.LANCHOR0@l(31)
.L41:
	lwz 9,0(31)
	lbz 10,0(9)
	cmpwi 0,10,32
	bne- 0,.L42
.L43:
	lbzu 10,1(9)
	cmpwi 0,10,32
	beq+ 0,.L43
	stw 9,0(31)
.L42:
	cmpwi 0,10,42
	beq- 0,.L44
	cmpwi 0,10,47
	beq- 0,.L45
	cmpwi 0,10,37
	bne- 0,.L57
	addi 9,9,1
	stw 9,0(31)
	bl factor
	cmpwi 0,3,0
	beq- 0,.L49
	divw 9,30,3
	mullw 9,9,3
	subf 30,9,30
	b .L41
.L49:
	stw 29,4(31)
	b .L41
.L44:
	addi 9,9,1
	stw 9,0(31)
	bl factor
	mullw 30,30,3
	b .L41
.L45:
	addi 9,9,1
	stw 9,0(31)
	bl factor
	cmpwi 0,3,0
	beq- 0,.L49
	divw 30,30,3
	b .L41
.L57:
	lwz 0,36(1)
	mr 3,30
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE6:
	.size	term,.-term
	.align 2
	.type	is_odd.part.0, @function
is_odd.part.0:
.LFB10:
	.cfi_startproc
	addi 9,3,-1
	andi. 9,9,0x4
	bne- 0,.L78
.L60:
	cmplwi 0,3,1
	cmplwi 7,3,2
	beq- 0,.L63
	beq+ 7,.L62
	cmplwi 7,3,3
	addic. 3,3,-4
	beq- 7,.L63
	beq+ 0,.L62
	cmplwi 0,3,2
	beq+ 0,.L62
	cmplwi 7,3,3
	addic. 3,3,-4
	beq- 7,.L63
	beq+ 0,.L62
	b .L60
.L82:
	cmplwi 0,3,3
	bne- 0,.L81
.L63:
	li 3,1
	blr
.L78:
	cmplwi 0,3,2
	bne- 0,.L82
.L62:
	li 3,0
	blr
.L81:
	addic. 3,3,-4
	bne- 0,.L60
	li 3,0
	blr
	.cfi_endproc
.LFE10:
	.size	is_odd.part.0,.-is_odd.part.0
	.align 2
	.type	hof_f.part.0, @function
hof_f.part.0:
.LFB13:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 30,24(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	addic. 30,3,-1
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,3
	stw 0,36(1)
	.cfi_offset 65, 4
	bne- 0,.L104
	li 30,1
.L84:
	mr 3,30
	bl hof_m.part.0
	lwz 0,36(1)
	subf 3,3,31
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
.L104:
	.cfi_restore_state
	stw 29,20(1)
	.cfi_offset 29, -12
	addic. 29,3,-2
	bne- 0,.L105
	li 29,1
.L85:
	mr 3,29
	bl hof_m.part.0
	lwz 29,20(1)
	.cfi_restore 29
	subf. 30,3,30
	mr 3,31
	bne- 0,.L84
	lwz 0,36(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
.L105:
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	addic. 9,3,-3
	li 3,1
	bne- 0,.L106
.L86:
	bl hof_m.part.0
	subf. 29,3,29
	bne- 0,.L85
	lwz 29,20(1)
	.cfi_remember_state
	.cfi_restore 29
	b .L84
.L106:
	.cfi_restore_state
	mr 3,9
	bl hof_f.part.0
	cmpwi 0,3,0
	beq+ 0,.L85
	b .L86
	.cfi_endproc
.LFE13:
	.size	hof_f.part.0,.-hof_f.part.0
	.align 2
	.type	hof_m.part.0, @function
hof_m.part.0:
.LFB12:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,3
	addic. 3,3,-1
	bne- 0,.L129
	lwz 31,28(1)
	addi 1,1,32
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L129:
	.cfi_restore_state
	mflr 0
	.cfi_register 65, 0
	stw 28,16(1)
	.cfi_offset 28, -16
	stw 0,36(1)
	.cfi_offset 65, 4
	stw 30,24(1)
	.cfi_offset 30, -8
	stw 29,20(1)
	.cfi_offset 29, -12
	li 29,0
.L114:
	bl hof_m.part.0
	cmpwi 7,3,0
	mr 30,3
	addic. 28,3,-1
	beq- 7,.L128
	bne- 0,.L110
.L128:
	addi 31,31,-1
	add 3,31,29
.L127:
	lwz 0,36(1)
	lwz 28,16(1)
	.cfi_remember_state
	.cfi_restore 28
	lwz 29,20(1)
	.cfi_restore 29
	lwz 30,24(1)
	.cfi_restore 30
	mtlr 0
	.cfi_restore 65
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L110:
	.cfi_restore_state
	stw 27,12(1)
	.cfi_offset 27, -20
	addic. 27,3,-2
	li 10,1
	bne- 0,.L130
.L111:
	mr 3,10
	bl hof_m.part.0
	subf. 28,3,28
	bne- 0,.L113
	subf 30,30,31
	add 3,30,29
.L126:
	lwz 27,12(1)
	.cfi_remember_state
	.cfi_restore 27
	b .L127
.L113:
	.cfi_restore_state
	addic. 27,28,-1
	subf 30,30,31
	add 3,30,29
	beq+ 0,.L126
.L115:
	mr 29,3
	mr 31,28
	mr 3,27
	lwz 27,12(1)
	.cfi_remember_state
	.cfi_restore 27
	b .L114
.L130:
	.cfi_restore_state
	mr 3,27
	bl hof_f.part.0
	mr. 10,3
	subf 3,30,31
	add 3,3,29
	beq+ 0,.L115
	b .L111
	.cfi_endproc
.LFE12:
	.size	hof_m.part.0,.-hof_m.part.0
	.align 2
	.type	is_even.part.0, @function
is_even.part.0:
.LFB11:
	.cfi_startproc
	cmplwi 0,3,1
	mr 9,3
	bne- 0,.L146
	li 3,0
	blr
.L146:
	cmplwi 0,3,2
	beq- 0,.L140
	cmplwi 0,3,3
	li 3,0
	beqlr+ 0
	cmplwi 0,9,4
	beq- 0,.L140
	cmplwi 0,9,5
	beqlr+ 0
	cmplwi 0,9,6
	beq- 0,.L140
	cmplwi 0,9,7
	beqlr+ 0
	cmplwi 0,9,8
	beq- 0,.L140
	addic. 9,9,-9
	beqlr+ 0
	mr 3,9
	b is_odd.part.0
.L140:
	li 3,1
	blr
	.cfi_endproc
.LFE11:
	.size	is_even.part.0,.-is_even.part.0
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	stw 27,28(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	li 27,-4
	stw 28,32(1)
	.cfi_offset 28, -16
	li 28,-3
	stw 29,36(1)
	.cfi_offset 29, -12
	li 29,-2
	stw 30,40(1)
	.cfi_offset 30, -8
	li 30,-1
	stw 31,44(1)
	.cfi_offset 31, -4
	li 31,0
	stw 22,8(1)
	stw 23,12(1)
	stw 24,16(1)
	stw 25,20(1)
	stw 26,24(1)
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	bl is_even.part.0
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
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
.L155:
	li 3,32
	bl print_char
	cmpwi 0,31,0
	bne- 0,.L192
.L148:
	li 3,1
	li 31,1
	bl print_int
	li 3,32
	bl print_char
	addi 30,30,1
	cmpwi 0,31,0
	addi 28,28,1
	addi 29,29,1
	addi 27,27,1
	beq+ 0,.L148
.L192:
	cmpwi 0,30,0
	mr 26,30
	bne- 0,.L193
	li 26,1
.L149:
	mr 3,26
	bl hof_m.part.0
	subf 3,3,31
.L153:
	addi 31,31,1
	bl print_int
	cmpwi 0,31,20
	addi 30,30,1
	addi 28,28,1
	addi 29,29,1
	addi 27,27,1
	bne+ 0,.L155
	lis 3,.LC3@ha
	li 30,2
	la 3,.LC3@l(3)
	bl print_str
	li 3,32
	bl print_char
	li 3,0
	bl print_int
	li 3,32
	bl print_char
	li 3,1
	bl hof_m.part.0
	bl print_int
.L156:
	li 3,32
	addi 31,30,1
	bl print_char
	mr 3,30
	bl hof_m.part.0
	addi 30,30,2
	bl print_int
	li 3,32
	bl print_char
	mr 3,31
	bl hof_m.part.0
	bl print_int
	cmpwi 0,31,19
	bne+ 0,.L156
	lis 26,.LANCHOR1@ha
	lis 31,.LANCHOR0@ha
	la 26,.LANCHOR1@l(26)
	lis 22,.LC4@ha
	lis 23,.LC5@ha
	addi 28,26,-4
	bl print_nl
	addi 26,26,36
	la 31,.LANCHOR0@l(31)
	la 22,.LC4@l(22)
	la 23,.LC5@l(23)
	li 25,0
	li 24,0
.L164:
	lwzu 27,4(28)
	stw 24,4(31)
	stw 27,0(31)
	bl expr
	lwz 10,0(31)
	mr 30,3
	lbz 9,0(10)
	cmpwi 0,9,32
	bne- 0,.L157
.L158:
	lbzu 9,1(10)
	cmpwi 0,9,32
	beq+ 0,.L158
	stw 10,0(31)
.L157:
	cmpwi 0,9,0
	lwz 29,4(31)
	beq- 0,.L159
	cmpwi 0,29,0
	bne- 0,.L160
	li 29,4
.L160:
	mr 3,27
	stw 29,4(31)
	bl print_str
.L161:
	mr 3,22
	addi 25,25,1
	bl print_str
	mr 3,29
	bl print_int
.L163:
	bl print_nl
	cmplw 0,28,26
	bne+ 0,.L164
	lwz 0,52(1)
	addi 3,25,10
	lwz 22,8(1)
	lwz 23,12(1)
	lwz 24,16(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 25,20(1)
	lwz 26,24(1)
	lwz 27,28(1)
	lwz 28,32(1)
	lwz 29,36(1)
	lwz 30,40(1)
	lwz 31,44(1)
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
	blr
.L159:
	.cfi_restore_state
	mr 3,27
	bl print_str
	cmpwi 0,29,0
	bne- 0,.L161
	mr 3,23
	bl print_str
	mr 3,30
	bl print_int
	b .L163
.L193:
	cmpwi 0,29,0
	mr 25,29
	bne- 0,.L194
	li 25,1
.L150:
	mr 3,25
	bl hof_m.part.0
	subf. 26,3,30
	mr 3,31
	beq+ 0,.L153
	b .L149
.L194:
	cmpwi 0,28,0
	mr 24,28
	bne- 0,.L195
	li 24,1
.L151:
	mr 3,24
	bl hof_m.part.0
	subf. 25,3,29
	beq+ 0,.L149
	b .L150
.L195:
	cmpwi 0,27,0
	li 3,1
	bne- 0,.L196
.L152:
	bl hof_m.part.0
	subf. 24,3,28
	beq+ 0,.L150
	b .L151
.L196:
	mr 3,27
	bl hof_f.part.0
	cmpwi 0,3,0
	beq+ 0,.L151
	b .L152
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.section	.rodata.str1.4
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
