	.file	"vm.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"vm: "
	.align 2
.LC1:
	.string	"bad opcode\n"
	.section	".text"
	.align 2
	.type	run, @function
run:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	li 10,0
	stw 27,28(1)
	stw 30,40(1)
	.cfi_offset 27, -20
	.cfi_offset 30, -8
	lis 30,.L5@ha
	stw 25,20(1)
	la 30,.L5@l(30)
	stw 26,24(1)
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	li 25,0
	stw 28,32(1)
	mr 26,3
	stw 29,36(1)
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	mr 28,4
	stw 31,44(1)
	li 29,0
	.cfi_offset 31, -4
	li 31,0
.L2:
	slwi 8,10,2
	addi 29,29,1
	lwzx 9,26,8
	addi 27,10,1
	cmplwi 0,9,31
	bgt- 0,.L3
	slwi 9,9,2
	lwzx 9,30,9
	add 9,9,30
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L5:
	.long .L36-.L5
	.long .L35-.L5
	.long .L34-.L5
	.long .L33-.L5
	.long .L32-.L5
	.long .L31-.L5
	.long .L30-.L5
	.long .L29-.L5
	.long .L28-.L5
	.long .L27-.L5
	.long .L26-.L5
	.long .L25-.L5
	.long .L24-.L5
	.long .L23-.L5
	.long .L22-.L5
	.long .L21-.L5
	.long .L20-.L5
	.long .L19-.L5
	.long .L18-.L5
	.long .L17-.L5
	.long .L51-.L5
	.long .L15-.L5
	.long .L14-.L5
	.long .L13-.L5
	.long .L12-.L5
	.long .L11-.L5
	.long .L10-.L5
	.long .L9-.L5
	.long .L8-.L5
	.long .L7-.L5
	.long .L6-.L5
	.long .L4-.L5
	.section	".text"
.L14:
	addi 31,31,-1
	lis 9,.LANCHOR0@ha
	slwi 7,31,2
	la 9,.LANCHOR0@l(9)
	lwzx 9,9,7
	addi 10,10,2
	cmpwi 0,9,0
	beq- 0,.L2
.L51:
	add 8,26,8
	lwz 10,4(8)
	b .L2
.L17:
	addi 9,31,-1
	lis 8,.LANCHOR0@ha
	slwi 9,9,2
	la 8,.LANCHOR0@l(8)
	lwzx 10,8,9
	cntlzw 10,10
	srwi 10,10,5
	stwx 10,8,9
	mr 10,27
	b .L2
.L18:
	addi 5,31,-1
	addi 7,31,-2
	lis 8,.LANCHOR0@ha
	slwi 9,5,2
	la 8,.LANCHOR0@l(8)
	slwi 7,7,2
	lwzx 6,8,9
	mr 10,27
	lwzx 9,8,7
	mr 31,5
.L50:
	srawi 5,6,31
	subfc 6,9,6
	srwi 9,9,31
	adde 9,9,5
	xori 9,9,0x1
	stwx 9,8,7
	b .L2
.L19:
	addi 7,31,-2
	lis 8,.LANCHOR0@ha
	addi 31,31,-1
	la 8,.LANCHOR0@l(8)
	slwi 7,7,2
	slwi 9,31,2
	lwzx 6,8,7
	mr 10,27
	lwzx 9,8,9
	b .L50
.L20:
	addi 6,31,-1
	addi 7,31,-2
	lis 8,.LANCHOR0@ha
	slwi 7,7,2
	la 8,.LANCHOR0@l(8)
	slwi 5,6,2
	lwzx 9,8,7
	mr 10,27
	lwzx 5,8,5
	mr 31,6
	xor 9,9,5
	cntlzw 9,9
	srwi 9,9,5
	stwx 9,8,7
	b .L2
.L21:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	srw 7,7,5
	stwx 7,9,8
	b .L2
.L22:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	slw 7,7,5
	stwx 7,9,8
	b .L2
.L23:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	xor 7,7,5
	stwx 7,9,8
	b .L2
.L24:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	or 7,7,5
	stwx 7,9,8
	b .L2
.L25:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	and 7,7,5
	stwx 7,9,8
	b .L2
.L26:
	addi 9,31,-1
	lis 10,.LANCHOR0@ha
	la 10,.LANCHOR0@l(10)
	slwi 9,9,2
	lwzx 8,10,9
	neg 8,8
	stwx 8,10,9
	mr 10,27
	b .L2
.L27:
	addi 8,31,-1
	addi 7,31,-2
	lis 9,.LANCHOR0@ha
	slwi 7,7,2
	la 9,.LANCHOR0@l(9)
	slwi 5,8,2
	lwzx 6,9,7
	mr 31,8
	lwzx 5,9,5
	mr 10,27
	divw 8,6,5
	mullw 8,8,5
	subf 8,8,6
	stwx 8,9,7
	b .L2
.L28:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	divw 7,7,5
	stwx 7,9,8
	b .L2
.L29:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	mullw 7,7,5
	stwx 7,9,8
	b .L2
.L30:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 7,6,2
	lwzx 5,9,8
	mr 10,27
	lwzx 7,9,7
	mr 31,6
	subf 7,7,5
	stwx 7,9,8
	b .L2
.L31:
	addi 6,31,-1
	addi 8,31,-2
	lis 9,.LANCHOR0@ha
	slwi 8,8,2
	la 9,.LANCHOR0@l(9)
	slwi 5,6,2
	lwzx 7,9,8
	mr 10,27
	lwzx 5,9,5
	mr 31,6
	add 7,7,5
	stwx 7,9,8
	b .L2
.L32:
	lis 9,.LANCHOR0@ha
	addi 10,31,-2
.L49:
	la 9,.LANCHOR0@l(9)
	slwi 10,10,2
	lwzx 7,9,10
	slwi 8,31,2
	mr 10,27
	addi 31,31,1
	stwx 7,9,8
	b .L2
.L33:
	lis 9,.LANCHOR0@ha
	addi 10,31,-1
	la 9,.LANCHOR0@l(9)
	slwi 10,10,2
	add 8,9,10
	lwzx 6,9,10
	lwz 7,-4(8)
	addi 10,31,-2
	slwi 10,10,2
	add 8,9,10
	stwx 6,9,10
	stw 7,4(8)
	mr 10,27
	b .L2
.L34:
	lis 9,.LANCHOR0@ha
	addi 10,31,-1
	b .L49
.L35:
	addi 31,31,-1
	mr 10,27
	b .L2
.L36:
	add 8,26,8
	lis 9,.LANCHOR0@ha
	lwz 7,4(8)
	la 8,.LANCHOR0@l(9)
	slwi 9,31,2
	addi 10,10,2
	addi 31,31,1
	stwx 7,8,9
	b .L2
.L4:
	cmpwi 0,31,0
	stw 29,0(28)
	beq- 0,.L1
	addi 9,31,-1
	lis 10,.LANCHOR0@ha
	slwi 9,9,2
	la 10,.LANCHOR0@l(10)
	lwzx 31,10,9
.L1:
	mr 3,31
	lwz 25,20(1)
	lwz 26,24(1)
	lwz 27,28(1)
	lwz 28,32(1)
	lwz 29,36(1)
	lwz 30,40(1)
	lwz 31,44(1)
	addi 1,1,48
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	blr
.L6:
	.cfi_restore_state
	lis 9,.LANCHOR0@ha
	addi 8,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 8,8,2
	lwzx 5,9,8
	addi 7,31,-3
	slwi 7,7,2
	addi 10,31,-1
	lwzx 6,9,7
	slwi 10,10,2
	stwx 5,9,7
	lwzx 7,9,10
	stwx 7,9,8
	stwx 6,9,10
	mr 10,27
	b .L2
.L7:
	addi 9,31,-1
	lis 10,.LANCHOR0@ha
	la 10,.LANCHOR0@l(10)
	slwi 9,9,2
	lwzx 8,10,9
	addi 8,8,-1
	stwx 8,10,9
	mr 10,27
	b .L2
.L8:
	addi 9,31,-1
	lis 10,.LANCHOR0@ha
	la 10,.LANCHOR0@l(10)
	slwi 9,9,2
	lwzx 8,10,9
	addi 8,8,1
	stwx 8,10,9
	mr 10,27
	b .L2
.L9:
	lis 3,.LC0@ha
	mflr 0
	.cfi_register 65, 0
	la 3,.LC0@l(3)
	stw 0,52(1)
	.cfi_offset 65, 4
	addi 31,31,-1
	bl print_str
	lis 9,.LANCHOR0@ha
	slwi 10,31,2
	la 9,.LANCHOR0@l(9)
	lwzx 3,9,10
	bl print_int
	bl print_nl
	lwz 0,52(1)
	mr 10,27
	mtlr 0
	.cfi_restore 65
	b .L2
.L10:
	add 8,26,8
	addi 31,31,-1
	lwz 8,4(8)
	lis 9,.LANCHOR0@ha
	la 9,.LANCHOR0@l(9)
	slwi 7,31,2
	lwzx 7,9,7
	addi 10,10,2
	slwi 8,8,2
	add 9,9,8
	stw 7,1280(9)
	b .L2
.L11:
	add 8,26,8
	lis 7,.LANCHOR0@ha
	lwz 9,4(8)
	la 8,.LANCHOR0@l(7)
	slwi 7,31,2
	addi 10,10,2
	addi 31,31,1
	slwi 9,9,2
	add 9,8,9
	lwz 9,1280(9)
	stwx 9,8,7
	b .L2
.L12:
	addi 25,25,-1
	lis 9,.LANCHOR0@ha
	slwi 10,25,2
	la 9,.LANCHOR0@l(9)
	add 9,9,10
	lwz 10,1024(9)
	b .L2
.L13:
	lis 9,.LANCHOR0@ha
	slwi 6,25,2
	la 9,.LANCHOR0@l(9)
	addi 7,10,2
	add 8,26,8
	add 9,9,6
	lwz 10,4(8)
	addi 25,25,1
	stw 7,1024(9)
	b .L2
.L15:
	addi 31,31,-1
	lis 9,.LANCHOR0@ha
	slwi 7,31,2
	la 9,.LANCHOR0@l(9)
	lwzx 9,9,7
	addi 10,10,2
	cmpwi 0,9,0
	bne- 0,.L2
	b .L51
.L3:
	lis 3,.LC1@ha
	mflr 0
	.cfi_register 65, 0
	la 3,.LC1@l(3)
	stw 0,52(1)
	.cfi_offset 65, 4
	bl print_str
	lwz 0,52(1)
	stw 29,0(28)
	li 31,-1
	mtlr 0
	.cfi_restore 65
	b .L1
	.cfi_endproc
.LFE0:
	.size	run,.-run
	.section	.rodata.str1.4
	.align 2
.LC2:
	.string	"squares"
	.align 2
.LC3:
	.string	"steps"
	.align 2
.LC4:
	.string	"gcd"
	.align 2
.LC5:
	.string	"fact halt"
	.align 2
.LC6:
	.string	"bits"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 30,40(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR1@ha
	la 30,.LANCHOR1@l(30)
	addi 4,1,8
	mr 3,30
	stw 0,52(1)
	stw 29,36(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	lis 29,.LC3@ha
	stw 31,44(1)
	.cfi_offset 31, -4
	bl run
	mr 4,3
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	la 29,.LC3@l(29)
	bl show_int
	lwz 31,8(1)
	mr 3,29
	mr 4,31
	bl show_int
	addi 4,1,8
	addi 3,30,132
	bl run
	mr 4,3
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	lwz 4,8(1)
	mr 3,29
	add 31,31,4
	bl show_int
	addi 4,1,8
	addi 3,30,236
	bl run
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	lwz 4,8(1)
	mr 3,29
	add 31,4,31
	bl show_int
	addi 4,1,8
	addi 3,30,336
	bl run
	mr 4,3
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lwz 9,8(1)
	lwz 0,52(1)
	lwz 29,36(1)
	add 31,31,9
	lwz 30,40(1)
	srawi 3,31,8
	addze 3,3
	slwi 3,3,8
	subf 3,3,31
	mtlr 0
	.cfi_restore 65
	lwz 31,44(1)
	addi 1,1,48
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	stack, @object
	.size	stack, 1024
stack:
	.zero	1024
	.type	rstack, @object
	.size	rstack, 256
rstack:
	.zero	256
	.type	vars, @object
	.size	vars, 64
vars:
	.zero	64
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	squares, @object
	.size	squares, 132
squares:
	.long	0
	.long	0
	.long	26
	.long	1
	.long	0
	.long	1
	.long	26
	.long	0
	.long	25
	.long	0
	.long	2
	.long	7
	.long	25
	.long	1
	.long	5
	.long	26
	.long	1
	.long	25
	.long	0
	.long	28
	.long	2
	.long	26
	.long	0
	.long	0
	.long	101
	.long	17
	.long	22
	.long	8
	.long	25
	.long	1
	.long	2
	.long	27
	.long	31
	.type	gcd, @object
	.size	gcd, 104
gcd:
	.long	0
	.long	1071
	.long	0
	.long	462
	.long	23
	.long	14
	.long	27
	.long	0
	.long	3145728
	.long	0
	.long	10077696
	.long	23
	.long	14
	.long	31
	.long	2
	.long	21
	.long	24
	.long	3
	.long	4
	.long	9
	.long	20
	.long	14
	.long	31
	.long	31
	.long	1
	.long	24
	.type	fact, @object
	.size	fact, 100
fact:
	.long	0
	.long	12
	.long	23
	.long	9
	.long	2
	.long	27
	.long	0
	.long	0
	.long	31
	.long	2
	.long	0
	.long	2
	.long	17
	.long	22
	.long	21
	.long	2
	.long	29
	.long	23
	.long	9
	.long	7
	.long	24
	.long	1
	.long	0
	.long	1
	.long	24
	.type	bits, @object
	.size	bits, 220
bits:
	.long	0
	.long	4660
	.long	0
	.long	4
	.long	14
	.long	0
	.long	65295
	.long	11
	.long	0
	.long	90
	.long	13
	.long	0
	.long	3
	.long	12
	.long	2
	.long	27
	.long	0
	.long	-100
	.long	0
	.long	28
	.long	15
	.long	27
	.long	0
	.long	7
	.long	0
	.long	3
	.long	0
	.long	5
	.long	30
	.long	6
	.long	6
	.long	27
	.long	0
	.long	5
	.long	0
	.long	5
	.long	16
	.long	0
	.long	3
	.long	0
	.long	4
	.long	18
	.long	19
	.long	5
	.long	10
	.long	0
	.long	-7
	.long	0
	.long	2
	.long	8
	.long	5
	.long	27
	.long	0
	.long	99
	.long	31
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
