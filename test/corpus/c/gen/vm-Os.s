	.file	"vm.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"vm: "
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
	mflr 0
	li 10,0
	stw 0,52(1)
	stmw 25,20(1)
	.cfi_offset 65, 4
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 25,.L5@ha
	mr 29,3
	mr 28,4
	li 27,0
	li 26,0
	li 31,0
	la 25,.L5@l(25)
.L2:
	slwi 9,10,2
	addi 30,10,1
	lwzx 8,29,9
	addi 27,27,1
	cmplwi 0,8,31
	bgt- 0,.L3
	slwi 8,8,2
	lwzx 8,25,8
	add 8,8,25
	mtctr 8
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
.L36:
	add 9,29,9
	addi 30,10,2
	lwz 8,4(9)
	lis 9,.LANCHOR0@ha
	slwi 10,31,2
	la 9,.LANCHOR0@l(9)
.L49:
	stwx 8,9,10
.L55:
	addi 31,31,1
	b .L37
.L35:
	addi 31,31,-1
.L37:
	mr 10,30
	b .L2
.L34:
	lis 9,.LANCHOR0@ha
	addi 10,31,-1
	la 9,.LANCHOR0@l(9)
.L53:
	slwi 10,10,2
	lwzx 8,9,10
	slwi 10,31,2
	b .L49
.L33:
	addi 10,31,-1
	lis 9,.LANCHOR0@ha
	addi 8,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 10,10,2
	slwi 8,8,2
	lwzx 7,9,10
	lwzx 6,9,8
	stwx 6,9,10
	stwx 7,9,8
	b .L37
.L32:
	lis 9,.LANCHOR0@ha
	addi 10,31,-2
	la 9,.LANCHOR0@l(9)
	b .L53
.L31:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	add 10,10,7
.L54:
	stwx 10,9,31
.L57:
	mr 31,8
	b .L37
.L30:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 10,8,2
	lwzx 7,9,31
	lwzx 10,9,10
.L58:
	subf 10,10,7
	b .L54
.L29:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	mullw 10,10,7
	b .L54
.L28:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	divw 10,10,7
	b .L54
.L27:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 10,8,2
	slwi 31,31,2
	lwzx 6,9,10
	lwzx 7,9,31
	divw 10,7,6
	mullw 10,10,6
	b .L58
.L26:
	addi 9,31,-1
	lis 10,.LANCHOR0@ha
	la 10,.LANCHOR0@l(10)
	slwi 9,9,2
	lwzx 8,10,9
	neg 8,8
.L50:
	stwx 8,10,9
	b .L37
.L25:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	and 10,10,7
	b .L54
.L24:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	or 10,10,7
	b .L54
.L23:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	xor 10,10,7
	b .L54
.L22:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	slw 10,10,7
	b .L54
.L21:
	addi 8,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 10,9,31
	lwzx 7,9,7
	srw 10,10,7
	b .L54
.L20:
	addi 8,31,-1
	lis 10,.LANCHOR0@ha
	addi 31,31,-2
	la 10,.LANCHOR0@l(10)
	slwi 31,31,2
	slwi 7,8,2
	lwzx 9,10,31
	lwzx 7,10,7
	xor 9,9,7
	cntlzw 9,9
	srwi 9,9,5
	stwx 9,10,31
	b .L57
.L19:
	addi 6,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 10,6,2
	lwzx 7,9,31
	lwzx 8,9,10
.L56:
	srwi 10,8,31
	srawi 5,7,31
	subfc 8,8,7
	adde 10,10,5
	xori 10,10,0x1
	stwx 10,9,31
	mr 31,6
	b .L37
.L18:
	addi 6,31,-1
	lis 9,.LANCHOR0@ha
	addi 31,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 31,31,2
	slwi 10,6,2
	lwzx 8,9,31
	lwzx 7,9,10
	b .L56
.L17:
	addi 9,31,-1
	lis 8,.LANCHOR0@ha
	la 8,.LANCHOR0@l(8)
	slwi 9,9,2
	lwzx 10,8,9
	cntlzw 10,10
	srwi 10,10,5
	stwx 10,8,9
	b .L37
.L15:
	addi 31,31,-1
	lis 8,.LANCHOR0@ha
	slwi 7,31,2
	la 8,.LANCHOR0@l(8)
	lwzx 8,8,7
	addi 30,10,2
	cmpwi 0,8,0
	bne- 0,.L37
.L51:
	add 9,29,9
	lwz 30,4(9)
	b .L37
.L14:
	addi 31,31,-1
	lis 8,.LANCHOR0@ha
	slwi 7,31,2
	la 8,.LANCHOR0@l(8)
	lwzx 8,8,7
	addi 30,10,2
	cmpwi 0,8,0
	beq- 0,.L37
	b .L51
.L13:
	lis 8,.LANCHOR0@ha
	slwi 7,26,2
	la 8,.LANCHOR0@l(8)
	addi 10,10,2
	add 8,8,7
	add 9,29,9
	stw 10,1024(8)
	addi 26,26,1
	lwz 30,4(9)
	b .L37
.L12:
	addi 26,26,-1
	lis 9,.LANCHOR0@ha
	slwi 10,26,2
	la 9,.LANCHOR0@l(9)
	add 9,9,10
	lwz 30,1024(9)
	b .L37
.L11:
	add 9,29,9
	addi 30,10,2
	lwz 9,4(9)
	lis 10,.LANCHOR0@ha
	la 10,.LANCHOR0@l(10)
	slwi 8,31,2
	slwi 9,9,2
	add 9,10,9
	lwz 9,1280(9)
	stwx 9,10,8
	b .L55
.L10:
	add 9,29,9
	addi 31,31,-1
	lwz 9,4(9)
	addi 30,10,2
	lis 10,.LANCHOR0@ha
	slwi 8,31,2
	la 10,.LANCHOR0@l(10)
	slwi 9,9,2
	add 9,10,9
	lwzx 10,10,8
	stw 10,1280(9)
	b .L37
.L9:
	lis 3,.LC0@ha
	addi 31,31,-1
	la 3,.LC0@l(3)
	bl print_str
	lis 9,.LANCHOR0@ha
	slwi 10,31,2
	la 9,.LANCHOR0@l(9)
	lwzx 3,9,10
	bl print_int
	bl print_nl
	b .L37
.L8:
	addi 9,31,-1
	lis 10,.LANCHOR0@ha
	la 10,.LANCHOR0@l(10)
	slwi 9,9,2
	lwzx 8,10,9
	addi 8,8,1
	b .L50
.L7:
	addi 9,31,-1
	lis 10,.LANCHOR0@ha
	la 10,.LANCHOR0@l(10)
	slwi 9,9,2
	lwzx 8,10,9
	addi 8,8,-1
	b .L50
.L6:
	lis 9,.LANCHOR0@ha
	addi 8,31,-2
	la 9,.LANCHOR0@l(9)
	slwi 8,8,2
	lwzx 6,9,8
	addi 10,31,-3
	slwi 10,10,2
	lwzx 7,9,10
	stwx 6,9,10
	addi 10,31,-1
	slwi 10,10,2
	lwzx 6,9,10
	stwx 6,9,8
	stwx 7,9,10
	b .L37
.L4:
	cmpwi 0,31,0
	stw 27,0(28)
	beq- 0,.L1
	addi 31,31,-1
	lis 9,.LANCHOR0@ha
	slwi 31,31,2
	la 9,.LANCHOR0@l(9)
	lwzx 31,9,31
.L1:
	addi 11,1,48
	mr 3,31
	b _restgpr_25_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 65
.L3:
	.cfi_restore_state
	lis 3,.LC1@ha
	li 31,-1
	la 3,.LC1@l(3)
	bl print_str
	stw 27,0(28)
	b .L1
	.cfi_endproc
.LFE0:
	.size	run,.-run
	.section	.rodata.str1.1
.LC2:
	.string	"squares"
.LC3:
	.string	"steps"
.LC4:
	.string	"gcd"
.LC5:
	.string	"fact halt"
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
	stmw 28,32(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR1@ha
	la 30,.LANCHOR1@l(30)
	addi 4,1,8
	mr 3,30
	stw 0,52(1)
	.cfi_offset 65, 4
	bl run
	lis 29,.LC3@ha
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
	lwz 28,8(1)
	mr 3,29
	mr 4,28
	add 28,31,28
	bl show_int
	addi 4,1,8
	addi 3,30,236
	bl run
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	lwz 31,8(1)
	mr 3,29
	mr 4,31
	add 31,31,28
	bl show_int
	addi 4,1,8
	addi 3,30,336
	bl run
	mr 4,3
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lwz 9,8(1)
	addi 11,1,48
	add 31,31,9
	srawi 3,31,8
	addze 3,3
	slwi 3,3,8
	subf 3,3,31
	b _restgpr_28_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 65
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
