	.file	"queens.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	count, @function
count:
.LFB0:
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
	stw 5,32(31)
	stw 6,36(31)
	li 10,1
	lwz 9,24(31)
	slw 9,10,9
	addi 9,9,-1
	stw 9,16(31)
	lwz 10,28(31)
	lwz 9,16(31)
	cmpw 0,10,9
	bne 0,.L2
	li 9,1
	b .L3
.L2:
	li 9,0
	stw 9,8(31)
	lwz 10,28(31)
	lwz 9,32(31)
	or 10,10,9
	lwz 9,36(31)
	or 9,10,9
	not 9,9
	lwz 10,16(31)
	and 9,10,9
	stw 9,12(31)
	b .L4
.L5:
	lwz 9,12(31)
	neg 9,9
	lwz 10,12(31)
	and 9,10,9
	stw 9,20(31)
	lwz 10,28(31)
	lwz 9,20(31)
	or 8,10,9
	lwz 10,32(31)
	lwz 9,20(31)
	or 9,10,9
	slwi 7,9,1
	lwz 10,36(31)
	lwz 9,20(31)
	or 9,10,9
	srwi 9,9,1
	mr 6,9
	mr 5,7
	mr 4,8
	lwz 3,24(31)
	bl count
	mr 10,3
	lwz 9,8(31)
	add 9,9,10
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,-1
	lwz 10,12(31)
	and 9,10,9
	stw 9,12(31)
.L4:
	lwz 9,12(31)
	cmpwi 0,9,0
	bne 0,.L5
	lwz 9,8(31)
.L3:
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
.LFE0:
	.size	count,.-count
	.lcomm	pos,32,4
	.type	pos, @object
	.align 2
	.type	first, @function
first:
.LFB1:
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
	lwz 9,24(31)
	cmpwi 0,9,8
	bne 0,.L7
	li 9,1
	b .L8
.L7:
	li 9,0
	stw 9,8(31)
	b .L9
.L16:
	li 9,1
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L10
.L14:
	lis 9,pos@ha
	la 10,pos@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,8(31)
	cmpw 0,10,9
	beq 0,.L11
	lis 9,pos@ha
	la 10,pos@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	subf 10,9,10
	lwz 8,24(31)
	lwz 9,16(31)
	subf 9,9,8
	cmpw 0,10,9
	beq 0,.L11
	lis 9,pos@ha
	la 10,pos@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,8(31)
	subf 10,9,10
	lwz 8,24(31)
	lwz 9,16(31)
	subf 9,9,8
	cmpw 0,10,9
	beq 0,.L11
	li 9,1
	b .L12
.L11:
	li 9,0
.L12:
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L10:
	lwz 10,16(31)
	lwz 9,24(31)
	cmpw 0,10,9
	bge 0,.L13
	lwz 9,12(31)
	cmpwi 0,9,0
	bne 0,.L14
.L13:
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L15
	lis 9,pos@ha
	la 10,pos@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,8(31)
	stw 10,0(9)
	lwz 9,24(31)
	addi 9,9,1
	mr 3,9
	bl first
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L15
	li 9,1
	b .L8
.L15:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L9:
	lwz 9,8(31)
	cmpwi 0,9,7
	ble 0,.L16
	li 9,0
.L8:
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
.LFE1:
	.size	first,.-first
	.lcomm	grid,81,4
	.type	grid, @object
	.lcomm	row_used,18,2
	.type	row_used, @object
	.lcomm	col_used,18,2
	.type	col_used, @object
	.lcomm	box_used,18,2
	.type	box_used, @object
	.lcomm	nodes,4,4
	.type	nodes, @object
	.align 2
	.type	box_of, @function
box_of:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	lis 10,0x4bda
	ori 10,10,0x12f7
	mulhw 10,9,10
	srawi 10,10,3
	srawi 9,9,31
	subf 9,9,10
	mulli 8,9,3
	lwz 10,8(31)
	lis 9,0x38e3
	ori 9,9,0x8e39
	mulhw 9,10,9
	srawi 7,9,1
	srawi 9,10,31
	subf 9,9,7
	mulli 9,9,9
	subf 9,9,10
	lis 10,0x5555
	ori 10,10,0x5556
	mulhw 10,9,10
	srawi 9,9,31
	subf 9,9,10
	add 9,8,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	box_of,.-box_of
	.align 2
	.type	place, @function
place:
.LFB3:
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
	stw 5,32(31)
	li 10,1
	lwz 9,28(31)
	slw 9,10,9
	sth 9,8(31)
	lwz 9,32(31)
	cmpwi 0,9,0
	beq 0,.L20
	lwz 9,24(31)
	lis 10,0x38e3
	ori 10,10,0x8e39
	mulhw 10,9,10
	srawi 10,10,1
	srawi 9,9,31
	subf 9,9,10
	lis 10,row_used@ha
	la 8,row_used@l(10)
	slwi 10,9,1
	add 10,8,10
	lhz 10,0(10)
	lhz 8,8(31)
	or 10,8,10
	mr 8,10
	lis 10,row_used@ha
	la 10,row_used@l(10)
	slwi 9,9,1
	add 9,10,9
	sth 8,0(9)
	lwz 10,24(31)
	lis 9,0x38e3
	ori 9,9,0x8e39
	mulhw 9,10,9
	srawi 8,9,1
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,9
	subf 9,9,10
	lis 10,col_used@ha
	la 8,col_used@l(10)
	slwi 10,9,1
	add 10,8,10
	lhz 10,0(10)
	lhz 8,8(31)
	or 10,8,10
	mr 8,10
	lis 10,col_used@ha
	la 10,col_used@l(10)
	slwi 9,9,1
	add 9,10,9
	sth 8,0(9)
	lwz 3,24(31)
	bl box_of
	mr 9,3
	lis 10,box_used@ha
	la 8,box_used@l(10)
	slwi 10,9,1
	add 10,8,10
	lhz 10,0(10)
	lhz 8,8(31)
	or 10,8,10
	mr 8,10
	lis 10,box_used@ha
	la 10,box_used@l(10)
	slwi 9,9,1
	add 9,10,9
	sth 8,0(9)
	b .L21
.L20:
	lwz 9,24(31)
	lis 10,0x38e3
	ori 10,10,0x8e39
	mulhw 10,9,10
	srawi 10,10,1
	srawi 9,9,31
	subf 9,9,10
	lis 10,row_used@ha
	la 8,row_used@l(10)
	slwi 10,9,1
	add 10,8,10
	lhz 10,0(10)
	lhz 8,8(31)
	not 8,8
	and 10,10,8
	mr 8,10
	lis 10,row_used@ha
	la 10,row_used@l(10)
	slwi 9,9,1
	add 9,10,9
	sth 8,0(9)
	lwz 10,24(31)
	lis 9,0x38e3
	ori 9,9,0x8e39
	mulhw 9,10,9
	srawi 8,9,1
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,9
	subf 9,9,10
	lis 10,col_used@ha
	la 8,col_used@l(10)
	slwi 10,9,1
	add 10,8,10
	lhz 10,0(10)
	lhz 8,8(31)
	not 8,8
	and 10,10,8
	mr 8,10
	lis 10,col_used@ha
	la 10,col_used@l(10)
	slwi 9,9,1
	add 9,10,9
	sth 8,0(9)
	lwz 3,24(31)
	bl box_of
	mr 9,3
	lis 10,box_used@ha
	la 8,box_used@l(10)
	slwi 10,9,1
	add 10,8,10
	lhz 10,0(10)
	lhz 8,8(31)
	not 8,8
	and 10,10,8
	mr 8,10
	lis 10,box_used@ha
	la 10,box_used@l(10)
	slwi 9,9,1
	add 9,10,9
	sth 8,0(9)
.L21:
	lwz 9,32(31)
	cmpwi 0,9,0
	beq 0,.L22
	lwz 9,28(31)
	b .L23
.L22:
	li 9,0
.L23:
	lis 10,grid@ha
	la 8,grid@l(10)
	lwz 10,24(31)
	stbx 9,8,10
	nop
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
.LFE3:
	.size	place,.-place
	.align 2
	.type	candidates, @function
candidates:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	lis 10,0x38e3
	ori 10,10,0x8e39
	mulhw 10,9,10
	srawi 10,10,1
	srawi 9,9,31
	subf 9,9,10
	lis 10,row_used@ha
	la 10,row_used@l(10)
	slwi 9,9,1
	add 9,10,9
	lhz 8,0(9)
	lwz 10,8(31)
	lis 9,0x38e3
	ori 9,9,0x8e39
	mulhw 9,10,9
	srawi 7,9,1
	srawi 9,10,31
	subf 9,9,7
	mulli 9,9,9
	subf 9,9,10
	lis 10,col_used@ha
	la 10,col_used@l(10)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	or 9,8,9
	mr 30,9
	lwz 3,8(31)
	bl box_of
	mr 8,3
	lis 9,box_used@ha
	la 10,box_used@l(9)
	slwi 9,8,1
	add 9,10,9
	lhz 9,0(9)
	or 9,30,9
	rlwinm 9,9,0,0xffff
	not 9,9
	rlwinm 9,9,0,22,30
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	candidates,.-candidates
	.globl __popcountsi2
	.align 2
	.type	solve, @function
solve:
.LFB5:
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
	lis 9,nodes@ha
	lwz 9,nodes@l(9)
	addi 10,9,1
	lis 9,nodes@ha
	stw 10,nodes@l(9)
	li 9,-1
	stw 9,8(31)
	li 9,10
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L27
.L30:
	lis 9,grid@ha
	la 10,grid@l(9)
	lwz 9,16(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L36
	lwz 3,16(31)
	bl candidates
	mr 9,3
	mr 3,9
	bl __popcountsi2
	mr 9,3
	stw 9,28(31)
	lwz 10,28(31)
	lwz 9,12(31)
	cmpw 0,10,9
	bge 0,.L29
	lwz 9,28(31)
	stw 9,12(31)
	lwz 9,16(31)
	stw 9,8(31)
	b .L29
.L36:
	nop
.L29:
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L27:
	lwz 9,16(31)
	cmpwi 0,9,80
	ble 0,.L30
	lwz 9,8(31)
	cmpwi 0,9,0
	bge 0,.L31
	li 9,1
	b .L32
.L31:
	lwz 3,8(31)
	bl candidates
	stw 3,20(31)
	b .L33
.L35:
	lwz 9,20(31)
	neg 10,9
	lwz 9,20(31)
	and 9,10,9
	cntlzw 9,9
	subfic 9,9,31
	stw 9,24(31)
	li 5,1
	lwz 4,24(31)
	lwz 3,8(31)
	bl place
	bl solve
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L34
	li 9,1
	b .L32
.L34:
	li 5,0
	lwz 4,24(31)
	lwz 3,8(31)
	bl place
	lwz 9,20(31)
	addi 9,9,-1
	lwz 10,20(31)
	and 9,10,9
	stw 9,20(31)
.L33:
	lwz 9,20(31)
	cmpwi 0,9,0
	bne 0,.L35
	li 9,0
.L32:
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
.LFE5:
	.size	solve,.-solve
	.section	.rodata
	.align 2
.LC0:
	.string	"queens:"
	.align 2
.LC1:
	.string	"sudoku solved"
	.align 2
.LC2:
	.string	"search nodes"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB6:
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
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	li 9,1
	stw 9,8(31)
	b .L38
.L39:
	li 3,32
	bl print_char
	li 6,0
	li 5,0
	li 4,0
	lwz 3,8(31)
	bl count
	mr 9,3
	mr 3,9
	bl print_int
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L38:
	lwz 9,8(31)
	cmpwi 0,9,8
	ble 0,.L39
	bl print_nl
	li 3,0
	bl first
	li 9,0
	stw 9,12(31)
	b .L40
.L45:
	li 9,0
	stw 9,16(31)
	b .L41
.L44:
	lis 9,pos@ha
	la 10,pos@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,16(31)
	cmpw 0,10,9
	bne 0,.L42
	li 9,81
	b .L43
.L42:
	li 9,46
.L43:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L41:
	lwz 9,16(31)
	cmpwi 0,9,7
	ble 0,.L44
	bl print_nl
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L40:
	lwz 9,12(31)
	cmpwi 0,9,7
	ble 0,.L45
	li 9,0
	stw 9,20(31)
	b .L46
.L48:
	lis 9,puzzle.0@ha
	la 10,puzzle.0@l(9)
	lwz 9,20(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,46
	beq 0,.L47
	lis 9,puzzle.0@ha
	la 10,puzzle.0@l(9)
	lwz 9,20(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	addi 9,9,-48
	li 5,1
	mr 4,9
	lwz 3,20(31)
	bl place
.L47:
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L46:
	lwz 9,20(31)
	cmpwi 0,9,80
	ble 0,.L48
	bl solve
	stw 3,32(31)
	lwz 4,32(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	lis 9,nodes@ha
	lwz 9,nodes@l(9)
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 9,0
	stw 9,24(31)
	b .L49
.L52:
	li 9,0
	stw 9,28(31)
	b .L50
.L51:
	lwz 9,24(31)
	mulli 10,9,9
	lwz 9,28(31)
	add 9,10,9
	lis 10,grid@ha
	la 10,grid@l(10)
	lbzx 9,10,9
	addi 9,9,48
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L50:
	lwz 9,28(31)
	cmpwi 0,9,8
	ble 0,.L51
	bl print_nl
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L49:
	lwz 9,24(31)
	cmpwi 0,9,8
	ble 0,.L52
	li 6,0
	li 5,0
	li 4,0
	li 3,6
	bl count
	mr 9,3
	addi 9,9,30
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
.LFE6:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	puzzle.0, @object
	.size	puzzle.0, 82
puzzle.0:
	.string	"53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
