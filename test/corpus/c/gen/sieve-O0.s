	.file	"sieve.c"
	.machine "440"
	.section	".text"
	.lcomm	composite,8001,4
	.type	composite, @object
	.lcomm	bits,504,4
	.type	bits, @object
	.align 2
	.type	test_bit, @function
test_bit:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 9,9,5
	lis 10,bits@ha
	la 10,bits@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	rlwinm 9,9,0,27,31
	srw 9,10,9
	rlwinm 9,9,0,31,31
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
	.size	test_bit,.-test_bit
	.section	.rodata
	.align 2
.LC0:
	.string	"primes"
	.align 2
.LC1:
	.string	"twins"
	.align 2
.LC2:
	.string	"largest"
	.align 2
.LC3:
	.string	"gap"
	.align 2
.LC4:
	.string	"gap after"
	.align 2
.LC5:
	.string	"bit sieve agrees"
	.align 2
.LC6:
	.string	"segments:"
	.align 2
.LC7:
	.string	"goldbach "
	.align 2
.LC8:
	.string	": "
	.align 2
.LC9:
	.string	" ways, first "
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
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
	li 9,2
	stw 9,8(31)
	b .L4
.L8:
	lis 9,composite@ha
	la 10,composite@l(9)
	lwz 9,8(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L5
	lwz 9,8(31)
	mullw 9,9,9
	stw 9,12(31)
	b .L6
.L7:
	lis 9,composite@ha
	la 10,composite@l(9)
	lwz 9,12(31)
	li 8,1
	stbx 8,10,9
	lwz 10,12(31)
	lwz 9,8(31)
	add 9,10,9
	stw 9,12(31)
.L6:
	lwz 9,12(31)
	cmplwi 0,9,8000
	ble 0,.L7
.L5:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L4:
	lwz 9,8(31)
	mullw 9,9,9
	cmplwi 0,9,8000
	ble 0,.L8
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	li 9,0
	stw 9,28(31)
	li 9,0
	stw 9,32(31)
	li 9,2
	stw 9,36(31)
	b .L9
.L14:
	lis 9,composite@ha
	la 10,composite@l(9)
	lwz 9,36(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L34
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
	lwz 9,36(31)
	cmpwi 0,9,2
	ble 0,.L12
	lwz 9,36(31)
	addi 9,9,-2
	lis 10,composite@ha
	la 10,composite@l(10)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L12
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L12:
	lwz 9,24(31)
	cmpwi 0,9,0
	beq 0,.L13
	lwz 10,36(31)
	lwz 9,24(31)
	subf 9,9,10
	lwz 10,28(31)
	cmpw 0,10,9
	bge 0,.L13
	lwz 10,36(31)
	lwz 9,24(31)
	subf 9,9,10
	stw 9,28(31)
	lwz 9,24(31)
	stw 9,32(31)
.L13:
	lwz 9,36(31)
	stw 9,24(31)
	b .L11
.L34:
	nop
.L11:
	lwz 9,36(31)
	addi 9,9,1
	stw 9,36(31)
.L9:
	lwz 9,36(31)
	cmpwi 0,9,8000
	ble 0,.L14
	lwz 4,16(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	lwz 4,20(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	lwz 4,24(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	lwz 4,28(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	lwz 4,32(31)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	li 9,1
	stw 9,40(31)
	b .L15
.L19:
	lwz 3,40(31)
	bl test_bit
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L16
	lwz 9,40(31)
	slwi 9,9,1
	addi 10,9,1
	lwz 9,40(31)
	slwi 9,9,1
	addi 9,9,1
	mullw 9,10,9
	stw 9,44(31)
	b .L17
.L18:
	lwz 9,44(31)
	srwi 9,9,6
	lis 10,bits@ha
	la 10,bits@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 8,0(9)
	lwz 9,44(31)
	srwi 9,9,1
	rlwinm 9,9,0,27,31
	li 10,1
	slw 10,10,9
	lwz 9,44(31)
	srwi 9,9,6
	or 10,8,10
	lis 8,bits@ha
	la 8,bits@l(8)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,40(31)
	slwi 10,9,2
	lwz 9,44(31)
	add 9,10,9
	addi 9,9,2
	stw 9,44(31)
.L17:
	lwz 9,44(31)
	cmplwi 0,9,8000
	ble 0,.L18
.L16:
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L15:
	lwz 9,40(31)
	slwi 9,9,1
	addi 10,9,1
	lwz 9,40(31)
	slwi 9,9,1
	addi 9,9,1
	mullw 9,10,9
	cmplwi 0,9,8000
	ble 0,.L19
	li 9,1
	stw 9,48(31)
	li 9,1
	stw 9,52(31)
	b .L20
.L21:
	lwz 3,52(31)
	bl test_bit
	mr 9,3
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	lwz 10,48(31)
	add 9,10,9
	stw 9,48(31)
	lwz 9,52(31)
	addi 9,9,1
	stw 9,52(31)
.L20:
	lwz 9,52(31)
	slwi 9,9,1
	addi 9,9,1
	cmplwi 0,9,8000
	ble 0,.L21
	lwz 10,48(31)
	lwz 9,16(31)
	xor 9,10,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl print_str
	li 9,0
	stw 9,56(31)
	b .L22
.L26:
	li 9,0
	stw 9,60(31)
	lwz 9,56(31)
	cmpwi 0,9,2
	bge 0,.L23
	li 9,2
.L23:
	stw 9,64(31)
	b .L24
.L25:
	lis 9,composite@ha
	la 10,composite@l(9)
	lwz 9,64(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	lwz 10,60(31)
	add 9,10,9
	stw 9,60(31)
	lwz 9,64(31)
	addi 9,9,1
	stw 9,64(31)
.L24:
	lwz 9,56(31)
	addi 9,9,1999
	lwz 10,64(31)
	cmpw 0,10,9
	ble 0,.L25
	li 3,32
	bl print_char
	lwz 3,60(31)
	bl print_int
	lwz 9,56(31)
	addi 9,9,2000
	stw 9,56(31)
.L22:
	lwz 9,56(31)
	cmpwi 0,9,7999
	ble 0,.L26
	bl print_nl
	li 9,0
	stw 9,68(31)
	b .L27
.L32:
	lis 9,evens.0@ha
	la 10,evens.0@l(9)
	lwz 9,68(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,84(31)
	li 9,0
	stw 9,72(31)
	li 9,0
	stw 9,76(31)
	li 9,2
	stw 9,80(31)
	b .L28
.L31:
	lis 9,composite@ha
	la 10,composite@l(9)
	lwz 9,80(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L29
	lwz 10,84(31)
	lwz 9,80(31)
	subf 9,9,10
	lis 10,composite@ha
	la 10,composite@l(10)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L29
	lwz 9,72(31)
	cmpwi 0,9,0
	bne 0,.L30
	lwz 9,80(31)
	stw 9,76(31)
.L30:
	lwz 9,72(31)
	addi 9,9,1
	stw 9,72(31)
.L29:
	lwz 9,80(31)
	addi 9,9,1
	stw 9,80(31)
.L28:
	lwz 9,84(31)
	srawi 9,9,1
	addze 9,9
	lwz 10,80(31)
	cmpw 0,10,9
	ble 0,.L31
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl print_str
	lwz 3,84(31)
	bl print_int
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl print_str
	lwz 3,72(31)
	bl print_int
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl print_str
	lwz 3,76(31)
	bl print_int
	li 3,43
	bl print_char
	lwz 10,84(31)
	lwz 9,76(31)
	subf 9,9,10
	mr 3,9
	bl print_int
	bl print_nl
	lwz 9,68(31)
	addi 9,9,1
	stw 9,68(31)
.L27:
	lwz 9,68(31)
	cmpwi 0,9,3
	ble 0,.L32
	lwz 9,16(31)
	srawi 10,9,8
	addze 10,10
	slwi 10,10,8
	subf 9,10,9
	mr 3,9
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
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	evens.0, @object
	.size	evens.0, 16
evens.0:
	.long	100
	.long	1000
	.long	4000
	.long	8000
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
