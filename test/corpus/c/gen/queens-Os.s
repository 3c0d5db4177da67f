	.file	"queens.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	count, @function
count:
.LFB0:
	.cfi_startproc
	li 9,1
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	slw 9,9,3
	mflr 0
	addi 9,9,-1
	cmplw 0,9,4
	stmw 26,8(1)
	stw 0,36(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 29,1
	beq- 0,.L1
	or 31,5,6
	mr 28,3
	nor 31,31,4
	mr 30,4
	mr 27,5
	mr 26,6
	and 31,31,9
	li 29,0
.L3:
	cmpwi 0,31,0
	bne+ 0,.L4
.L1:
	addi 11,1,32
	mr 3,29
	b _restgpr_26_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
.L4:
	.cfi_restore_state
	neg 4,31
	mr 3,28
	and 4,4,31
	or 6,26,4
	or 5,27,4
	srwi 6,6,1
	slwi 5,5,1
	or 4,30,4
	bl count
	addi 9,31,-1
	add 29,29,3
	and 31,31,9
	b .L3
	.cfi_endproc
.LFE0:
	.size	count,.-count
	.align 2
	.type	first, @function
first:
.LFB1:
	.cfi_startproc
	cmpwi 0,3,8
	beq- 0,.L24
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stmw 27,12(1)
	.cfi_register 65, 0
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 29,.LANCHOR0@ha
	stw 0,36(1)
	.cfi_offset 65, 4
	la 29,.LANCHOR0@l(29)
	slwi 28,3,2
	mr 31,3
	li 30,0
	add 28,29,28
	addi 27,3,1
.L9:
	cmpwi 0,31,0
	addi 6,29,-4
	mr 7,31
	li 9,1
	addi 10,31,1
	bge+ 0,.L15
	li 10,1
	b .L15
.L12:
	lwzu 9,4(6)
	cmpw 0,9,30
	beq- 0,.L10
	subf 8,30,9
	cmpw 0,8,7
	beq- 0,.L10
	subf 9,9,30
	xor 9,9,7
	addi 7,7,-1
	addic 8,9,-1
	subfe 9,8,9
.L15:
	cmpwi 0,10,1
	addi 10,10,-1
	cmpwi 7,9,0
	beq- 0,.L22
	bne+ 7,.L12
.L10:
	addi 30,30,1
	cmpwi 0,30,8
	bne+ 0,.L9
	li 3,0
.L7:
	addi 11,1,32
	b _restgpr_27_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
.L22:
	.cfi_restore_state
	beq- 7,.L10
	mr 3,27
	stw 30,0(28)
	bl first
	cmpwi 0,3,0
	beq+ 0,.L10
	li 3,1
	b .L7
.L24:
	.cfi_def_cfa_offset 0
	.cfi_restore 27
	.cfi_restore 28
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	li 3,1
	blr
	.cfi_endproc
.LFE1:
	.size	first,.-first
	.align 2
	.type	candidates, @function
candidates:
.LFB4:
	.cfi_startproc
	li 10,9
	li 9,27
	divw 10,3,10
	li 6,3
	lis 8,.LANCHOR0@ha
	la 8,.LANCHOR0@l(8)
	divw 9,3,9
	mulli 7,10,9
	slwi 10,10,1
	mulli 9,9,3
	add 10,8,10
	subf 7,7,3
	lhz 3,50(10)
	divw 6,7,6
	slwi 7,7,1
	add 9,9,6
	slwi 9,9,1
	add 9,8,9
	add 8,8,7
	lhz 10,68(8)
	lhz 9,32(9)
	or 3,3,10
	nor 3,3,9
	rlwinm 3,3,0,22,30
	blr
	.cfi_endproc
.LFE4:
	.size	candidates,.-candidates
	.align 2
	.type	place, @function
place:
.LFB3:
	.cfi_startproc
	li 8,9
	lis 10,.LANCHOR0@ha
	divw 8,3,8
	la 10,.LANCHOR0@l(10)
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	li 7,1
	slw 7,7,4
	stw 31,12(1)
	.cfi_offset 31, -4
	li 31,3
	cmpwi 0,5,0
	slwi 12,8,1
	mulli 8,8,9
	add 9,10,12
	subf 8,8,3
	lhz 11,50(9)
	slwi 0,8,1
	divw 8,8,31
	add 9,10,0
	lhz 6,68(9)
	li 9,27
	divw 9,3,9
	mulli 9,9,3
	add 9,9,8
	slwi 9,9,1
	add 8,10,9
	lhz 8,32(8)
	beq- 0,.L30
	or 11,7,11
	or 6,7,6
	or 8,7,8
.L31:
	add 12,10,12
	add 7,10,0
	add 9,10,9
	add 10,10,3
	stb 4,88(10)
	sth 11,50(12)
	sth 6,68(7)
	sth 8,32(9)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L30:
	.cfi_restore_state
	andc 11,11,7
	andc 6,6,7
	andc 8,8,7
	li 4,0
	b .L31
	.cfi_endproc
.LFE3:
	.size	place,.-place
	.globl __popcountsi2
	.align 2
	.type	solve, @function
solve:
.LFB5:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	la 9,.LANCHOR0@l(9)
	mflr 0
	lwz 10,172(9)
	stmw 28,16(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 30,0
	stw 0,36(1)
	.cfi_offset 65, 4
	li 28,10
	addi 10,10,1
	li 29,-1
	stw 10,172(9)
	addi 31,9,88
.L35:
	lbzx 9,30,31
	cmpwi 0,9,0
	bne- 0,.L34
	mr 3,30
	bl candidates
	bl __popcountsi2
	cmpw 0,3,28
	bge- 0,.L34
	mr 28,3
	mr 29,30
.L34:
	addi 30,30,1
	cmpwi 0,30,81
	bne+ 0,.L35
	cmpwi 0,29,-1
	bne+ 0,.L36
.L39:
	li 3,1
.L33:
	addi 11,1,32
	b _restgpr_28_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 65
.L36:
	.cfi_restore_state
	mr 3,29
	bl candidates
	mr 31,3
.L38:
	cmpwi 0,31,0
	bne+ 0,.L40
	li 3,0
	b .L33
.L40:
	neg 30,31
	li 5,1
	and 30,30,31
	mr 3,29
	cntlzw 30,30
	subfic 30,30,31
	mr 4,30
	bl place
	bl solve
	cmpwi 0,3,0
	bne- 0,.L39
	li 5,0
	mr 4,30
	mr 3,29
	bl place
	addi 9,31,-1
	and 31,31,9
	b .L38
	.cfi_endproc
.LFE5:
	.size	solve,.-solve
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"queens:"
.LC1:
	.string	"sudoku solved"
.LC2:
	.string	"search nodes"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	lis 3,.LC0@ha
	mflr 0
	la 3,.LC0@l(3)
	stmw 28,16(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 31,1
	stw 0,36(1)
	.cfi_offset 65, 4
	bl print_str
.L44:
	li 3,32
	bl print_char
	li 6,0
	li 5,0
	li 4,0
	mr 3,31
	addi 31,31,1
	bl count
	bl print_int
	cmpwi 0,31,9
	bne+ 0,.L44
	bl print_nl
	lis 30,.LANCHOR0@ha
	li 3,0
	li 29,0
	bl first
	la 30,.LANCHOR0@l(30)
.L45:
	slwi 28,29,2
	li 31,8
.L47:
	lwzx 10,28,30
	subfic 9,31,8
	li 3,81
	cmpw 0,10,9
	beq- 0,.L46
	li 3,46
.L46:
	rlwinm 3,3,0,25,31
	bl print_char
	addic. 31,31,-1
	bne+ 0,.L47
	addi 29,29,1
	bl print_nl
	cmpwi 0,29,8
	bne+ 0,.L45
	lis 28,.LANCHOR1@ha
	li 29,0
	la 28,.LANCHOR1@l(28)
.L48:
	lbzx 4,28,29
	cmpwi 0,4,46
	beq- 0,.L49
	li 5,1
	addi 4,4,-48
	mr 3,29
	bl place
.L49:
	addi 29,29,1
	cmpwi 0,29,81
	bne+ 0,.L48
	bl solve
	addi 30,30,87
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	lwz 4,85(30)
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
.L50:
	add 28,30,31
	li 29,9
.L51:
	lbzu 3,1(28)
	addi 3,3,48
	rlwinm 3,3,0,0xff
	bl print_char
	addic. 29,29,-1
	bne+ 0,.L51
	addi 31,31,9
	bl print_nl
	cmplwi 0,31,81
	bne+ 0,.L50
	li 6,0
	li 5,0
	li 4,0
	li 3,6
	bl count
	addi 11,1,32
	addi 3,3,30
	b _restgpr_28_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 65
	.cfi_endproc
.LFE6:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	puzzle.0, @object
	.size	puzzle.0, 82
puzzle.0:
	.string	"53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79"
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	pos, @object
	.size	pos, 32
pos:
	.zero	32
	.type	box_used, @object
	.size	box_used, 18
box_used:
	.zero	18
	.type	row_used, @object
	.size	row_used, 18
row_used:
	.zero	18
	.type	col_used, @object
	.size	col_used, 18
col_used:
	.zero	18
	.zero	2
	.type	grid, @object
	.size	grid, 81
grid:
	.zero	81
	.zero	3
	.type	nodes, @object
	.size	nodes, 4
nodes:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
