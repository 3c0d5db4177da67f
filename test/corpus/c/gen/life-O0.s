	.file	"life.c"
	.machine "440"
	.section	".text"
	.lcomm	rows,128,4
	.type	rows, @object
	.lcomm	next,128,4
	.type	next, @object
	.align 2
	.type	rotl, @function
rotl:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	rotlw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	rotl,.-rotl
	.align 2
	.type	step, @function
step:
.LFB1:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L4
.L7:
	lwz 9,8(31)
	addi 9,9,31
	srawi 10,9,5
	addze 10,10
	slwi 10,10,5
	subf 9,10,9
	lis 10,rows@ha
	la 10,rows@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,32(31)
	lis 9,rows@ha
	la 10,rows@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,36(31)
	lwz 9,8(31)
	addi 9,9,1
	srawi 10,9,5
	addze 10,10
	slwi 10,10,5
	subf 9,10,9
	lis 10,rows@ha
	la 10,rows@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,40(31)
	li 4,1
	lwz 3,32(31)
	bl rotl
	mr 9,3
	stw 9,52(31)
	lwz 9,32(31)
	stw 9,56(31)
	li 4,31
	lwz 3,32(31)
	bl rotl
	mr 9,3
	stw 9,60(31)
	li 4,1
	lwz 3,36(31)
	bl rotl
	mr 9,3
	stw 9,64(31)
	li 4,31
	lwz 3,36(31)
	bl rotl
	mr 9,3
	stw 9,68(31)
	li 4,1
	lwz 3,40(31)
	bl rotl
	mr 9,3
	stw 9,72(31)
	lwz 9,40(31)
	stw 9,76(31)
	li 4,31
	lwz 3,40(31)
	bl rotl
	mr 9,3
	stw 9,80(31)
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L5
.L6:
	lwz 9,24(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,44
	lwz 9,0(9)
	lwz 10,12(31)
	and 9,10,9
	stw 9,44(31)
	lwz 9,24(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,44
	lwz 9,0(9)
	lwz 10,12(31)
	xor 9,10,9
	stw 9,12(31)
	lwz 10,16(31)
	lwz 9,44(31)
	and 9,10,9
	stw 9,48(31)
	lwz 10,16(31)
	lwz 9,44(31)
	xor 9,10,9
	stw 9,16(31)
	lwz 10,20(31)
	lwz 9,48(31)
	or 9,10,9
	stw 9,20(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L5:
	lwz 9,24(31)
	cmpwi 0,9,7
	ble 0,.L6
	lwz 9,20(31)
	not 10,9
	lwz 9,16(31)
	and 10,10,9
	lwz 8,12(31)
	lwz 9,36(31)
	or 9,8,9
	and 10,10,9
	lis 9,next@ha
	la 8,next@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L4:
	lwz 9,8(31)
	cmpwi 0,9,31
	ble 0,.L7
	li 9,0
	stw 9,28(31)
	b .L8
.L9:
	lis 9,next@ha
	la 10,next@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,rows@ha
	la 8,rows@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L8:
	lwz 9,28(31)
	cmpwi 0,9,31
	ble 0,.L9
	nop
	nop
	addi 11,31,96
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
	.size	step,.-step
	.align 2
	.type	population, @function
population:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L11
.L14:
	lis 9,rows@ha
	la 10,rows@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,16(31)
	b .L12
.L13:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,16(31)
	addi 9,9,-1
	lwz 10,16(31)
	and 9,10,9
	stw 9,16(31)
.L12:
	lwz 9,16(31)
	cmpwi 0,9,0
	bne 0,.L13
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L11:
	lwz 9,12(31)
	cmpwi 0,9,31
	ble 0,.L14
	lwz 9,8(31)
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
	.size	population,.-population
	.align 2
	.type	show, @function
show:
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
	lwz 9,24(31)
	stw 9,8(31)
	b .L17
.L22:
	li 9,31
	stw 9,12(31)
	b .L18
.L21:
	lis 9,rows@ha
	la 10,rows@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,12(31)
	srw 9,10,9
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L19
	li 9,35
	b .L20
.L19:
	li 9,46
.L20:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
.L18:
	lwz 9,12(31)
	cmpwi 0,9,0
	bge 0,.L21
	bl print_nl
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L17:
	lwz 10,8(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L22
	nop
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
	.size	show,.-show
	.section	.rodata
	.align 2
.LC0:
	.string	"gen "
	.align 2
.LC1:
	.string	" pop "
	.align 2
.LC2:
	.string	"history"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
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
	lis 9,rows@ha
	la 9,rows@l(9)
	lis 10,0x2000
	stw 10,4(9)
	lis 9,rows@ha
	la 9,rows@l(9)
	lis 10,0x1000
	stw 10,8(9)
	lis 9,rows@ha
	la 9,rows@l(9)
	lis 10,0x7000
	stw 10,12(9)
	lis 9,rows@ha
	la 9,rows@l(9)
	lwz 9,20(9)
	ori 10,9,0x1c
	lis 9,rows@ha
	la 9,rows@l(9)
	stw 10,20(9)
	lis 9,rows@ha
	la 9,rows@l(9)
	lwz 9,60(9)
	oris 9,9,0x1
	ori 10,9,0x8000
	lis 9,rows@ha
	la 9,rows@l(9)
	stw 10,60(9)
	lis 9,rows@ha
	la 9,rows@l(9)
	lwz 9,64(9)
	ori 10,9,0xc000
	lis 9,rows@ha
	la 9,rows@l(9)
	stw 10,64(9)
	lis 9,rows@ha
	la 9,rows@l(9)
	lwz 9,68(9)
	ori 10,9,0x8000
	lis 9,rows@ha
	la 9,rows@l(9)
	stw 10,68(9)
	li 4,8
	li 3,0
	bl show
	bl print_nl
	li 9,0
	stw 9,8(31)
	li 9,1
	stw 9,12(31)
	b .L24
.L28:
	bl step
	lwz 10,12(31)
	lis 9,0x6666
	ori 9,9,0x6667
	mulhw 9,10,9
	srawi 8,9,2
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,10
	subf 9,9,10
	cmpwi 0,9,0
	bne 0,.L25
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	lwz 3,12(31)
	bl print_int
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_str
	bl population
	mr 9,3
	mr 3,9
	bl print_int
	bl print_nl
.L25:
	li 9,0
	stw 9,16(31)
	b .L26
.L27:
	li 4,3
	lwz 3,8(31)
	bl rotl
	mr 8,3
	lis 9,rows@ha
	la 10,rows@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	xor 9,8,9
	stw 9,8(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L26:
	lwz 9,16(31)
	cmpwi 0,9,31
	ble 0,.L27
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L24:
	lwz 9,12(31)
	cmpwi 0,9,40
	ble 0,.L28
	li 4,20
	li 3,12
	bl show
	lwz 4,8(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_hex
	bl population
	mr 9,3
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
.LFE4:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
