	.file	"deepstack.c"
	.machine "440"
	.section	".text"
	.lcomm	grid,2304,1
	.type	grid, @object
	.lcomm	max_depth,4,4
	.type	max_depth, @object
	.align 2
	.type	fill, @function
fill:
.LFB0:
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
	stw 4,12(31)
	stw 5,16(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	blt 0,.L2
	lwz 9,8(31)
	cmpwi 0,9,47
	bgt 0,.L2
	lwz 9,12(31)
	cmpwi 0,9,0
	blt 0,.L2
	lwz 9,12(31)
	cmpwi 0,9,47
	bgt 0,.L2
	lis 9,grid@ha
	la 10,grid@l(9)
	lwz 9,8(31)
	mulli 9,9,48
	add 10,10,9
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L3
.L2:
	li 9,0
	b .L4
.L3:
	lis 9,grid@ha
	la 10,grid@l(9)
	lwz 9,8(31)
	mulli 9,9,48
	add 10,10,9
	lwz 9,12(31)
	add 9,10,9
	li 10,2
	stb 10,0(9)
	lis 9,max_depth@ha
	lwz 9,max_depth@l(9)
	lwz 10,16(31)
	cmpw 0,10,9
	ble 0,.L5
	lis 9,max_depth@ha
	lwz 10,16(31)
	stw 10,max_depth@l(9)
.L5:
	lwz 9,12(31)
	addi 10,9,1
	lwz 9,16(31)
	addi 9,9,1
	mr 5,9
	mr 4,10
	lwz 3,8(31)
	bl fill
	mr 9,3
	addi 30,9,1
	lwz 9,8(31)
	addi 10,9,1
	lwz 9,16(31)
	addi 9,9,1
	mr 5,9
	lwz 4,12(31)
	mr 3,10
	bl fill
	mr 9,3
	add 30,30,9
	lwz 9,12(31)
	addi 10,9,-1
	lwz 9,16(31)
	addi 9,9,1
	mr 5,9
	mr 4,10
	lwz 3,8(31)
	bl fill
	mr 9,3
	add 30,30,9
	lwz 9,8(31)
	addi 10,9,-1
	lwz 9,16(31)
	addi 9,9,1
	mr 5,9
	lwz 4,12(31)
	mr 3,10
	bl fill
	mr 9,3
	add 9,30,9
.L4:
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
.LFE0:
	.size	fill,.-fill
	.align 2
	.type	format_line, @function
format_line:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,0
	stw 9,8(31)
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	mr 10,9
	lwz 9,24(31)
	add 9,9,10
	li 10,76
	stb 10,0(9)
	li 9,0
	stw 9,12(31)
.L7:
	lwz 9,28(31)
	lis 10,0x6666
	ori 10,10,0x6667
	mulhw 10,9,10
	srawi 8,10,2
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,10
	subf 10,10,9
	mr 8,10
	lwz 9,12(31)
	addi 10,9,1
	stw 10,12(31)
	addi 10,8,48
	mr 8,10
	addi 10,31,8
	add 9,10,9
	stb 8,8(9)
	lwz 9,28(31)
	lis 10,0x6666
	ori 10,10,0x6667
	mulhw 10,9,10
	srawi 10,10,2
	srawi 9,9,31
	subf 9,9,10
	stw 9,28(31)
	lwz 9,28(31)
	cmpwi 0,9,0
	bne 0,.L7
	b .L8
.L9:
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	mr 10,9
	lwz 9,24(31)
	add 9,9,10
	addi 8,31,16
	lwz 10,12(31)
	add 10,8,10
	lbz 10,0(10)
	stb 10,0(9)
.L8:
	lwz 9,12(31)
	cmpwi 0,9,0
	bne 0,.L9
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	mr 10,9
	lwz 9,24(31)
	add 9,9,10
	li 10,59
	stb 10,0(9)
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	format_line,.-format_line
	.align 2
	.type	nest, @function
nest:
.LFB2:
	.cfi_startproc
	stwu 1,-304(1)
	.cfi_def_cfa_offset 304
	mflr 0
	stw 0,308(1)
	stw 31,300(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,280(31)
	addi 9,31,20
	lwz 4,280(31)
	mr 3,9
	bl format_line
	stw 3,16(31)
	lwz 9,280(31)
	cmpwi 0,9,5999
	bgt 0,.L12
	lwz 9,280(31)
	addi 9,9,1
	mr 3,9
	bl nest
	mr 9,3
	b .L13
.L12:
	li 9,0
.L13:
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L14
.L15:
	lwz 9,8(31)
	mulli 10,9,31
	addi 8,31,20
	lwz 9,12(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L14:
	lwz 10,12(31)
	lwz 9,16(31)
	cmpw 0,10,9
	blt 0,.L15
	lwz 9,8(31)
	mr 3,9
	addi 11,31,304
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
	.size	nest,.-nest
	.section	.rodata
	.align 2
.LC0:
	.string	"filled"
	.align 2
.LC1:
	.string	"max depth"
	.align 2
.LC2:
	.string	"unreached"
	.align 2
.LC3:
	.string	"nested lines"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
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
	li 9,7
	stw 9,8(31)
	b .L18
.L23:
	li 9,0
	stw 9,12(31)
	b .L19
.L22:
	lwz 9,8(31)
	srawi 9,9,3
	addze 9,9
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L20
	lwz 9,12(31)
	addic 10,9,-1
	subfe 9,10,9
	mr 8,9
	b .L21
.L20:
	lwz 9,12(31)
	xori 9,9,0x2f
	addic 10,9,-1
	subfe 9,10,9
	mr 8,9
.L21:
	lis 9,grid@ha
	la 10,grid@l(9)
	lwz 9,12(31)
	mulli 9,9,48
	add 10,10,9
	lwz 9,8(31)
	add 9,10,9
	stb 8,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L19:
	lwz 9,12(31)
	cmpwi 0,9,47
	ble 0,.L22
	lwz 9,8(31)
	addi 9,9,8
	stw 9,8(31)
.L18:
	lwz 9,8(31)
	cmpwi 0,9,47
	ble 0,.L23
	li 5,1
	li 4,0
	li 3,0
	bl fill
	stw 3,28(31)
	lwz 4,28(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	lis 9,max_depth@ha
	lwz 9,max_depth@l(9)
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L24
.L27:
	li 9,0
	stw 9,24(31)
	b .L25
.L26:
	lis 9,grid@ha
	la 10,grid@l(9)
	lwz 9,20(31)
	mulli 9,9,48
	add 10,10,9
	lwz 9,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	lwz 10,16(31)
	add 9,10,9
	stw 9,16(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L25:
	lwz 9,24(31)
	cmpwi 0,9,47
	ble 0,.L26
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L24:
	lwz 9,20(31)
	cmpwi 0,9,47
	ble 0,.L27
	lwz 4,16(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 3,1
	bl nest
	stw 3,32(31)
	lwz 4,32(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_hex
	lwz 10,32(31)
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhwu 9,10,9
	srwi 9,9,5
	mulli 9,9,100
	subf 9,9,10
	addi 9,9,1
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
.LFE3:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
