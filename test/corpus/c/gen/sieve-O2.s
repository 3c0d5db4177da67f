	.file	"sieve.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	li 10,2
	stw 30,40(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	stw 0,52(1)
	la 30,.LANCHOR0@l(30)
	stw 22,8(1)
	stw 23,12(1)
	stw 24,16(1)
	stw 25,20(1)
	stw 26,24(1)
	stw 27,28(1)
	stw 28,32(1)
	stw 29,36(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	lbz 9,2(30)
	cmpwi 0,9,0
	beq- 0,.L59
.L6:
	addi 10,10,1
	mullw 9,10,10
	cmplwi 0,9,8000
	bgt- 0,.L4
.L60:
	lbzx 8,30,10
	cmpwi 0,8,0
	bne+ 0,.L6
.L5:
	li 8,1
.L3:
	stbx 8,30,9
	add 9,9,10
	cmplwi 0,9,8000
	ble+ 0,.L3
	addi 10,10,1
	mullw 9,10,10
	cmplwi 0,9,8000
	ble+ 0,.L60
.L4:
	addi 10,30,1
	li 9,2
	li 26,0
	li 27,0
	li 31,0
	li 28,0
	li 29,0
.L11:
	lbzu 8,1(10)
	cmpwi 7,9,2
	cmpwi 5,31,0
	cmpwi 0,8,0
	bne- 0,.L7
	subf 7,31,9
	addi 29,29,1
	cmpw 0,27,7
	beq- 7,.L8
	lbz 8,-2(10)
	subfic 8,8,0
	addze 28,28
	beq- 5,.L31
.L27:
	bge- 0,.L31
	mr 26,31
	mr 31,9
	addi 9,9,1
	mr 27,7
	cmpwi 0,9,8001
	bne+ 0,.L11
.L62:
	lis 3,.LC0@ha
	mr 4,29
	la 3,.LC0@l(3)
	bl show_int
	lis 3,.LC1@ha
	mr 4,28
	la 3,.LC1@l(3)
	bl show_int
	lis 3,.LC2@ha
	mr 4,31
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	mr 4,27
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	mr 4,26
	la 3,.LC4@l(3)
	bl show_int
	li 6,6
	li 4,5
	li 5,1
	li 10,9
	li 3,1
	b .L14
.L12:
	mullw 10,4,4
	addi 5,5,1
	addi 6,6,4
	addi 4,4,2
	cmplwi 0,10,8000
	bgt- 0,.L61
.L14:
	rlwinm 9,5,29,3,29
	rlwinm 8,5,0,27,31
	add 9,30,9
	lwz 9,8004(9)
	srw 9,9,8
	andi. 9,9,0x1
	bne+ 0,.L12
.L13:
	rlwinm 8,10,28,4,29
	rlwinm 9,10,31,27,31
	add 8,30,8
	add 10,10,6
	lwz 7,8004(8)
	slw 9,3,9
	cmplwi 0,10,8000
	or 9,9,7
	stw 9,8004(8)
	bgt- 0,.L12
	rlwinm 8,10,28,4,29
	rlwinm 9,10,31,27,31
	add 8,30,8
	add 10,10,6
	lwz 7,8004(8)
	slw 9,3,9
	cmplwi 0,10,8000
	or 9,9,7
	stw 9,8004(8)
	ble+ 0,.L13
	b .L12
.L31:
	mr 31,9
.L7:
	addi 9,9,1
	cmpwi 0,9,8001
	bne+ 0,.L11
	b .L62
.L8:
	cmpwi 7,31,0
	bne- 7,.L27
	li 31,2
	li 9,3
	b .L11
.L61:
	li 9,3999
	li 10,1
	li 7,1
	mtctr 9
.L15:
	rlwinm 9,10,29,3,29
	rlwinm 8,10,0,27,31
	add 9,30,9
	addi 10,10,1
	lwz 9,8004(9)
	srw 9,9,8
	not 9,9
	rlwinm 9,9,0,31,31
	add 7,7,9
	bdnz .L15
	xor 7,29,7
	lis 3,.LC5@ha
	cntlzw 4,7
	la 3,.LC5@l(3)
	srwi 4,4,5
	li 28,0
	bl show_int
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl print_str
.L19:
	cmpwi 0,28,2
	mr 10,28
	bge+ 0,.L16
	li 10,2
.L16:
	addi 8,28,1999
	addi 28,28,2000
	cmpw 0,8,10
	blt- 0,.L32
	addi 9,10,-1
	subf 10,10,28
	andi. 8,10,0x1
	add 9,30,9
	addi 8,10,-1
	li 31,0
	li 6,0
	beq- 0,.L45
	lbzu 7,1(9)
	cmpwi 0,8,0
	cntlzw 7,7
	srwi 31,7,5
	beq- 0,.L51
.L45:
	srwi 10,10,1
	mtctr 10
.L18:
	lbz 8,1(9)
	addi 9,9,2
	lbz 10,0(9)
	subfic 8,8,0
	addze 31,31
	subfic 10,10,0
	addze 6,6
	bdnz .L18
.L51:
	add 31,31,6
.L17:
	li 3,32
	bl print_char
	mr 3,31
	bl print_int
	cmpwi 0,28,8000
	bne+ 0,.L19
	lis 27,.LANCHOR1@ha
	lis 24,.LC7@ha
	la 27,.LANCHOR1@l(27)
	lis 25,.LC8@ha
	lis 26,.LC9@ha
	addi 22,27,-4
	bl print_nl
	addi 27,27,12
	la 24,.LC7@l(24)
	la 25,.LC8@l(25)
	la 26,.LC9@l(26)
.L26:
	lwzu 28,4(22)
	cmpwi 0,28,3
	srawi 9,28,1
	addze 9,9
	ble- 0,.L33
	addi 9,9,-1
	li 23,0
	mtctr 9
	li 31,0
	li 9,2
	add 7,30,28
.L25:
	lbzx 10,30,9
	neg 8,9
	cmpwi 0,10,0
	bne- 0,.L23
	lbzx 10,7,8
	cmpwi 7,31,0
	cmpwi 0,10,0
	bne- 0,.L23
	bne- 7,.L24
	mr 23,9
.L24:
	addi 31,31,1
.L23:
	addi 9,9,1
	bdnz .L25
.L20:
	mr 3,24
	bl print_str
	mr 3,28
	bl print_int
	mr 3,25
	bl print_str
	mr 3,31
	bl print_int
	mr 3,26
	bl print_str
	mr 3,23
	bl print_int
	li 3,43
	bl print_char
	subf 3,23,28
	bl print_int
	bl print_nl
	cmplw 0,27,22
	bne+ 0,.L26
	lwz 0,52(1)
	rlwinm 3,29,0,24,31
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
.L32:
	.cfi_restore_state
	li 31,0
	b .L17
.L33:
	li 23,0
	li 31,0
	b .L20
.L59:
	li 9,4
	b .L5
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	evens.0, @object
	.size	evens.0, 16
evens.0:
	.long	100
	.long	1000
	.long	4000
	.long	8000
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	composite, @object
	.size	composite, 8001
composite:
	.zero	8001
	.zero	3
	.type	bits, @object
	.size	bits, 504
bits:
	.zero	504
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
