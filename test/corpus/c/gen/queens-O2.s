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
	addi 9,9,-1
	cmplw 0,9,4
	stw 30,24(1)
	.cfi_offset 30, -8
	li 30,1
	beq- 0,.L1
	stw 31,28(1)
	.cfi_offset 31, -4
	or 31,5,6
	nor 31,31,4
	stw 26,8(1)
	.cfi_offset 26, -24
	and. 31,31,9
	stw 27,12(1)
	.cfi_offset 27, -20
	stw 28,16(1)
	.cfi_offset 28, -16
	mr 26,5
	stw 29,20(1)
	.cfi_offset 29, -12
	mr 28,3
	mr 29,4
	mr 27,6
	li 30,0
	beq- 0,.L9
	mflr 0
	.cfi_register 65, 0
	stw 0,36(1)
	.cfi_offset 65, 4
.L3:
	neg 4,31
	mr 3,28
	and 4,4,31
	or 6,27,4
	or 5,26,4
	srwi 6,6,1
	slwi 5,5,1
	or 4,29,4
	bl count
	addi 9,31,-1
	and. 31,31,9
	add 30,30,3
	bne+ 0,.L3
	lwz 0,36(1)
	lwz 26,8(1)
	.cfi_restore 26
	lwz 27,12(1)
	.cfi_restore 27
	lwz 28,16(1)
	.cfi_restore 28
	mtlr 0
	.cfi_restore 65
	lwz 29,20(1)
	.cfi_restore 29
	lwz 31,28(1)
	.cfi_restore 31
.L1:
	mr 3,30
	lwz 30,24(1)
	addi 1,1,32
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
.L9:
	.cfi_def_cfa_offset 32
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 3,30
	lwz 26,8(1)
	.cfi_restore 26
	lwz 27,12(1)
	.cfi_restore 27
	lwz 28,16(1)
	.cfi_restore 28
	lwz 29,20(1)
	.cfi_restore 29
	lwz 31,28(1)
	.cfi_restore 31
	lwz 30,24(1)
	addi 1,1,32
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE0:
	.size	count,.-count
	.align 2
	.type	first, @function
first:
.LFB1:
	.cfi_startproc
	cmpwi 0,3,8
	beq- 0,.L37
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mfcr 12
	mflr 0
	stw 0,36(1)
	stw 29,20(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 12,8(1)
	cmpwi 4,3,0
	stw 27,12(1)
	la 29,.LANCHOR0@l(29)
	stw 28,16(1)
	.cfi_offset 70, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	slwi 27,3,2
	stw 30,24(1)
	addi 28,3,1
	stw 31,28(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 30,3
	li 31,0
.L13:
	ble- 4,.L25
	lis 5,.LANCHOR0-4@ha
	la 5,.LANCHOR0-4@l(5)
.L24:
	mr 8,5
	mr 10,30
	mtctr 30
.L20:
	lwzu 9,4(8)
	cmpw 0,9,31
	subf 6,31,9
	subf 9,9,31
	cmpw 7,6,10
	cmpw 5,10,9
	addi 10,10,-1
	beq- 0,.L34
	beq- 7,.L34
	bdz .L33
	bne+ 5,.L20
.L34:
	addi 31,31,1
	cmpwi 0,31,8
	bne+ 0,.L24
.L16:
	lwz 0,36(1)
	li 3,0
	lwz 12,8(1)
	.cfi_register 70, 12
	lwz 27,12(1)
	lwz 28,16(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,20(1)
	mtcrf 8,12
	.cfi_restore 70
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L37:
	li 3,1
	blr
.L33:
	.cfi_def_cfa_offset 32
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	.cfi_offset 70, -24
	cmpwi 0,9,1
	beq- 0,.L34
.L25:
	mr 3,28
	stwx 31,29,27
	bl first
	cmpwi 0,3,0
	bne- 0,.L40
	addi 31,31,1
	cmpwi 0,31,8
	bne+ 0,.L13
	b .L16
.L40:
	lwz 0,36(1)
	li 3,1
	lwz 12,8(1)
	.cfi_register 70, 12
	lwz 27,12(1)
	lwz 28,16(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,20(1)
	mtcrf 8,12
	.cfi_restore 70
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE1:
	.size	first,.-first
	.align 2
	.type	place, @function
place:
.LFB3:
	.cfi_startproc
	lis 9,0x38e3
	srawi 10,3,31
	ori 9,9,0x8e39
	lis 6,0x4bda
	mulhw 9,3,9
	ori 6,6,0x12f7
	mulhw 6,3,6
	lis 11,0x5555
	ori 11,11,0x5556
	lis 8,.LANCHOR0@ha
	srawi 9,9,1
	la 8,.LANCHOR0@l(8)
	subf 9,10,9
	srawi 6,6,3
	mulli 7,9,9
	subf 10,10,6
	mulli 10,10,3
	slwi 9,9,1
	subf 7,7,3
	cmpwi 0,5,0
	mulhw 11,7,11
	srawi 6,7,31
	slwi 7,7,1
	add 12,8,9
	lhz 0,32(12)
	subf 6,6,11
	add 11,8,7
	add 10,10,6
	li 6,1
	slwi 10,10,1
	lhz 11,52(11)
	add 5,8,10
	slw 6,6,4
	lhz 5,72(5)
	beq- 0,.L42
	or 0,6,0
	or 11,6,11
	add 9,8,9
	add 7,8,7
	add 10,8,10
	or 6,6,5
	add 8,8,3
	sth 0,32(9)
	sth 11,52(7)
	sth 6,72(10)
	stb 4,92(8)
	blr
.L42:
	andc 0,0,6
	andc 11,11,6
	add 9,8,9
	add 7,8,7
	add 10,8,10
	andc 6,5,6
	li 4,0
	add 8,8,3
	sth 0,32(9)
	sth 11,52(7)
	sth 6,72(10)
	stb 4,92(8)
	blr
	.cfi_endproc
.LFE3:
	.size	place,.-place
	.globl __popcountsi2
	.align 2
	.type	solve, @function
solve:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 22,8(1)
	.cfi_register 65, 0
	.cfi_offset 22, -40
	lis 22,.LANCHOR0@ha
	la 22,.LANCHOR0@l(22)
	stw 23,12(1)
	lwz 9,176(22)
	.cfi_offset 23, -36
	addi 23,22,91
	stw 25,20(1)
	.cfi_offset 25, -28
	li 25,-1
	stw 26,24(1)
	.cfi_offset 26, -24
	addi 26,22,172
	addi 9,9,1
	stw 27,28(1)
	stw 28,32(1)
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	subfic 27,22,-91
	stw 29,36(1)
	.cfi_offset 29, -12
	lis 29,0x38e3
	stw 30,40(1)
	.cfi_offset 30, -8
	lis 30,0x4bda
	stw 31,44(1)
	.cfi_offset 31, -4
	lis 31,0xaaaa
	stw 0,52(1)
	ori 29,29,0x8e39
	stw 24,16(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	ori 30,30,0x12f7
	stw 9,176(22)
	ori 31,31,0xaaab
	li 28,10
.L46:
	mr 24,23
	lbzu 10,1(23)
	add 24,27,24
	mulhwu 8,24,29
	srawi 9,24,31
	mulhw 7,24,30
	cmpwi 0,10,0
	srwi 8,8,1
	mulli 10,8,9
	srawi 7,7,3
	subf 9,9,7
	slwi 8,8,1
	subf 10,10,24
	mulli 9,9,3
	mulhwu 7,10,31
	slwi 10,10,1
	add 8,22,8
	add 10,22,10
	bne- 0,.L45
	srwi 7,7,1
	lhz 3,32(8)
	add 9,9,7
	lhz 10,52(10)
	slwi 9,9,1
	add 9,22,9
	lhz 9,72(9)
	or 3,3,10
	nor 3,3,9
	rlwinm 3,3,0,22,30
	bl __popcountsi2
	cmpw 0,3,28
	bge- 0,.L45
	mr 28,3
	mr 25,24
.L45:
	cmplw 0,26,23
	bne+ 0,.L46
	cmpwi 0,25,-1
	beq- 0,.L47
	lis 9,0x38e3
	srawi 10,25,31
	ori 9,9,0x8e39
	lis 6,0x4bda
	mulhw 9,25,9
	ori 6,6,0x12f7
	mulhw 6,25,6
	lis 7,0xaaaa
	ori 7,7,0xaaab
	srawi 9,9,1
	subf 9,10,9
	srawi 6,6,3
	mulli 8,9,9
	subf 10,10,6
	slwi 9,9,1
	mulli 10,10,3
	subf 8,8,25
	add 9,22,9
	mulhwu 7,8,7
	lhz 31,32(9)
	slwi 8,8,1
	add 8,22,8
	srwi 9,7,1
	lhz 8,52(8)
	add 9,10,9
	slwi 9,9,1
	add 22,22,9
	or 31,31,8
	lhz 9,72(22)
	nor 31,31,9
	andi. 31,31,0x3fe
	beq- 0,.L50
.L48:
	neg 9,31
	li 5,1
	and 30,9,31
	mr 3,25
	cntlzw 30,30
	subfic 30,30,31
	mr 4,30
	bl place
	bl solve
	li 5,0
	mr 9,3
	mr 4,30
	cmpwi 0,9,0
	mr 3,25
	bne- 0,.L47
	bl place
	addi 9,31,-1
	and. 31,31,9
	bne+ 0,.L48
.L50:
	lwz 0,52(1)
	li 3,0
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
.L47:
	.cfi_restore_state
	lwz 0,52(1)
	li 3,1
	lwz 22,8(1)
	lwz 23,12(1)
	lwz 24,16(1)
	mtlr 0
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
	.cfi_endproc
.LFE5:
	.size	solve,.-solve
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"queens:"
	.align 2
.LC1:
	.string	"sudoku solved"
	.align 2
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
	stw 31,28(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	li 31,1
	stw 0,36(1)
	stw 26,8(1)
	stw 27,12(1)
	stw 28,16(1)
	stw 29,20(1)
	stw 30,24(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	bl print_str
.L59:
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
	bne+ 0,.L59
	lis 27,.LANCHOR0@ha
	bl print_nl
	la 27,.LANCHOR0@l(27)
	li 3,0
	bl first
	mr 31,27
	addi 29,27,32
.L60:
	li 30,8
.L62:
	lwz 10,0(31)
	subfic 9,30,8
	li 3,81
	cmpw 0,10,9
	beq- 0,.L61
	li 3,46
.L61:
	rlwinm 3,3,0,25,31
	bl print_char
	addic. 30,30,-1
	bne+ 0,.L62
	addi 31,31,4
	bl print_nl
	cmplw 0,31,29
	bne+ 0,.L60
	lis 29,.LANCHOR1@ha
	la 29,.LANCHOR1@l(29)
	addi 31,29,-1
	addi 28,29,80
	subfic 29,29,1
.L65:
	mr 3,31
	lbzu 4,1(31)
	li 5,1
	add 3,29,3
	cmpwi 0,4,46
	addi 4,4,-48
	beq- 0,.L64
	bl place
.L64:
	cmplw 0,31,28
	bne+ 0,.L65
	bl solve
	addi 26,27,91
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	lwz 4,176(27)
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
.L66:
	add 31,26,30
	li 29,9
.L67:
	lbz 3,1(31)
	addi 3,3,48
	rlwinm 3,3,0,0xff
	bl print_char
	lbz 3,2(31)
	addi 3,3,48
	rlwinm 3,3,0,0xff
	bl print_char
	lbzu 3,3(31)
	addi 3,3,48
	rlwinm 3,3,0,0xff
	bl print_char
	addic. 29,29,-3
	bne+ 0,.L67
	addi 30,30,9
	bl print_nl
	cmplwi 0,30,81
	bne+ 0,.L66
	li 6,0
	li 5,0
	li 4,0
	li 3,6
	bl count
	lwz 0,36(1)
	lwz 26,8(1)
	addi 3,3,30
	lwz 27,12(1)
	lwz 28,16(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
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
	.type	row_used, @object
	.size	row_used, 18
row_used:
	.zero	18
	.zero	2
	.type	col_used, @object
	.size	col_used, 18
col_used:
	.zero	18
	.zero	2
	.type	box_used, @object
	.size	box_used, 18
box_used:
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
