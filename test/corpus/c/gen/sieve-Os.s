	.file	"sieve.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"primes"
.LC1:
	.string	"twins"
.LC2:
	.string	"largest"
.LC3:
	.string	"gap"
.LC4:
	.string	"gap after"
.LC5:
	.string	"bit sieve agrees"
.LC6:
	.string	"segments:"
.LC7:
	.string	"goldbach "
.LC8:
	.string	": "
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
	li 9,2
	stmw 22,8(1)
	.cfi_register 65, 0
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,52(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	lbz 10,2(31)
	cmpwi 0,10,0
	bne+ 0,.L6
	li 10,4
.L5:
	li 8,1
.L3:
	stbx 8,31,10
	add 10,10,9
	cmplwi 0,10,8000
	ble+ 0,.L3
.L6:
	addi 9,9,1
	mullw 10,9,9
	cmplwi 0,10,8000
	bgt- 0,.L4
	lbzx 8,31,9
	cmpwi 0,8,0
	bne+ 0,.L6
	b .L5
.L4:
	li 8,7999
	mr 10,31
	li 9,2
	li 26,0
	li 28,0
	li 30,0
	li 27,0
	li 29,0
	mtctr 8
.L9:
	lbz 8,2(10)
	cmpwi 0,8,0
	bne- 0,.L7
	cmpwi 0,9,2
	addi 29,29,1
	beq- 0,.L8
	lbz 8,0(10)
	cmpwi 0,8,0
	bne- 0,.L8
	addi 27,27,1
.L8:
	cmpwi 0,30,0
	beq- 0,.L25
	subf 8,30,9
	cmpw 0,8,28
	ble- 0,.L25
	mr 26,30
	mr 28,8
.L25:
	mr 30,9
.L7:
	addi 9,9,1
	addi 10,10,1
	bdnz .L9
	lis 3,.LC0@ha
	mr 4,29
	la 3,.LC0@l(3)
	bl show_int
	lis 3,.LC1@ha
	mr 4,27
	la 3,.LC1@l(3)
	bl show_int
	lis 3,.LC2@ha
	mr 4,30
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	mr 4,28
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	mr 4,26
	la 3,.LC4@l(3)
	bl show_int
	li 10,1
	li 9,9
	li 5,1
.L12:
	rlwinm 8,10,29,3,29
	rlwinm 7,10,0,27,31
	add 8,31,8
	lwz 8,8004(8)
	srw 8,8,7
	andi. 8,8,0x1
	bne+ 0,.L10
	slwi 6,10,2
	addi 6,6,2
.L11:
	rlwinm 7,9,28,4,29
	rlwinm 8,9,31,27,31
	add 7,31,7
	add 9,9,6
	lwz 4,8004(7)
	slw 8,5,8
	cmplwi 0,9,8000
	or 8,8,4
	stw 8,8004(7)
	ble+ 0,.L11
.L10:
	addi 10,10,1
	slwi 9,10,1
	addi 9,9,1
	mullw 9,9,9
	cmplwi 0,9,8000
	ble+ 0,.L12
	li 9,3999
	li 10,1
	li 4,1
	mtctr 9
.L13:
	rlwinm 9,10,29,3,29
	rlwinm 8,10,0,27,31
	add 9,31,9
	addi 10,10,1
	lwz 9,8004(9)
	srw 9,9,8
	not 9,9
	rlwinm 9,9,0,31,31
	add 4,4,9
	bdnz .L13
	xor 4,29,4
	lis 3,.LC5@ha
	cntlzw 4,4
	la 3,.LC5@l(3)
	srwi 4,4,5
	li 30,0
	bl show_int
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl print_str
.L17:
	cmpwi 0,30,2
	mr 10,30
	bge+ 0,.L14
	li 10,2
.L14:
	subf 9,10,30
	li 28,0
	addi 9,9,2001
	mtctr 9
	addi 9,30,2000
	cmpw 0,10,9
	ble+ 0,.L15
	li 9,1
	mtctr 9
.L15:
	bdnz .L16
	li 3,32
	addi 30,30,2000
	bl print_char
	mr 3,28
	bl print_int
	cmpwi 0,30,8000
	bne+ 0,.L17
	lis 22,.LANCHOR1@ha
	lis 23,.LC7@ha
	lis 24,.LC8@ha
	lis 25,.LC9@ha
	bl print_nl
	li 30,0
	la 22,.LANCHOR1@l(22)
	la 23,.LC7@l(23)
	la 24,.LC8@l(24)
	la 25,.LC9@l(25)
.L22:
	slwi 9,30,2
	li 10,2
	lwzx 28,9,22
	li 26,0
	li 27,0
	srawi 9,28,1
	addze 9,9
	addi 7,9,1
	cmpwi 0,7,2
	add 8,31,28
	bge+ 0,.L18
	li 9,1
.L18:
	cmpwi 0,9,1
	addi 9,9,-1
	bne+ 0,.L21
	mr 3,23
	addi 30,30,1
	bl print_str
	mr 3,28
	bl print_int
	mr 3,24
	bl print_str
	mr 3,27
	bl print_int
	mr 3,25
	bl print_str
	mr 3,26
	bl print_int
	li 3,43
	bl print_char
	subf 3,26,28
	bl print_int
	bl print_nl
	cmpwi 0,30,4
	bne+ 0,.L22
	addi 11,1,48
	rlwinm 3,29,0,0xff
	b _restgpr_22_x
	.cfi_remember_state
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
	.cfi_restore 65
.L16:
	.cfi_restore_state
	lbzx 9,31,10
	addi 10,10,1
	subfic 9,9,0
	addze 28,28
	b .L15
.L21:
	lbzx 7,31,10
	cmpwi 0,7,0
	bne- 0,.L19
	neg 7,10
	lbzx 7,8,7
	cmpwi 0,7,0
	bne- 0,.L19
	cmpwi 0,27,0
	bne- 0,.L20
	mr 26,10
.L20:
	addi 27,27,1
.L19:
	addi 10,10,1
	b .L18
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
