	.file	"lif.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	rnd, @function
rnd:
.LFB0:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	lis 3,0x19
	lwz 10,.LANCHOR0@l(9)
	ori 3,3,0x660d
	mullw 3,3,10
	addis 3,3,0x3c6f
	addi 3,3,-3233
	stw 3,.LANCHOR0@l(9)
	srwi 3,3,8
	blr
	.cfi_endproc
.LFE0:
	.size	rnd,.-rnd
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"counts:"
.LC1:
	.string	"total"
.LC2:
	.string	"sum v"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stmw 19,12(1)
	.cfi_register 65, 0
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
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
	lis 31,.LANCHOR1@ha
	stw 0,68(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR1@l(31)
	lis 26,0xb6db
	lis 25,0x2492
	li 30,0
	addi 27,31,-1
	ori 26,26,0x6db7
	ori 25,25,0x4924
.L3:
	add 28,27,30
	li 29,32
.L5:
	bl rnd
	li 9,0
	mullw 3,3,26
	cmplw 0,3,25
	bgt+ 0,.L4
	bl rnd
	rlwinm 9,3,0,26,31
.L4:
	addic. 29,29,-1
	stbu 9,1(28)
	bne+ 0,.L5
	addi 30,30,32
	cmplwi 0,30,1024
	bne+ 0,.L3
	li 19,0
	li 27,-100
	li 26,0
	li 24,-1280
	li 23,3
	li 22,1
	b .L6
.L14:
	lbz 9,0(21)
	rlwinm 10,9,0,0xff
	cmpwi 0,10,0
	beq- 0,.L7
	addi 9,9,-1
	stb 9,0(21)
.L13:
	addi 28,28,1
	addi 21,21,1
	cmpwi 0,28,32
	addi 30,30,4
	addi 20,20,2
	bne+ 0,.L14
	cmplwi 0,27,7
	bgt+ 0,.L15
	li 30,0
.L17:
	srw 9,25,30
	li 3,46
	andi. 9,9,0x1
	beq- 0,.L16
	li 3,124
.L16:
	rlwinm 3,3,0,0xff
	addi 30,30,1
	bl print_char
	cmpwi 0,30,32
	bne+ 0,.L17
	bl print_nl
	addi 27,27,1
.L18:
	mr 19,25
.L6:
	addi 21,31,1024
	addi 30,31,1056
	addi 20,31,1184
	li 25,0
	li 28,0
	b .L14
.L7:
	lwz 9,0(30)
	neg 29,9
	srawi 29,29,4
	add 29,29,9
	stw 29,0(30)
	bl rnd
	addi 9,28,4
	rlwinm 3,3,0,0xff
	slwi 9,9,1
	cmpw 0,3,9
	bge- 0,.L9
	addi 29,29,1536
	stw 29,0(30)
.L9:
	slwi 8,28,5
	mr 10,19
	add 8,31,8
.L10:
	cmpwi 0,10,0
	lwz 7,0(30)
	bne+ 0,.L11
	cmpwi 0,7,5119
	ble- 0,.L13
	lhz 9,0(20)
	addi 26,26,1
	stw 24,0(30)
	stb 23,0(21)
	addi 9,9,1
	sth 9,0(20)
	slw 9,22,28
	or 25,25,9
	b .L13
.L11:
	neg 9,10
	and 9,9,10
	cntlzw 9,9
	subfic 9,9,31
	lbzx 9,8,9
	slwi 9,9,3
	add 9,9,7
	stw 9,0(30)
	addi 9,10,-1
	and 10,10,9
	b .L10
.L15:
	addi 27,27,1
	cmplwi 0,27,100
	bne+ 0,.L18
	lis 3,.LC0@ha
	addi 29,31,1182
	la 3,.LC0@l(3)
	li 30,32
	bl print_str
.L20:
	li 3,32
	bl print_char
	lhzu 3,2(29)
	bl print_int
	addic. 30,30,-1
	bne+ 0,.L20
	bl print_nl
	lis 3,.LC1@ha
	mr 4,26
	la 3,.LC1@l(3)
	bl show_int
	li 9,32
	addi 31,31,1052
	li 4,0
	mtctr 9
.L21:
	lwzu 9,4(31)
	add 4,4,9
	bdnz .L21
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 3,199
	divw 3,26,3
	addi 11,1,64
	mulli 3,3,199
	subf 3,3,26
	b _restgpr_19_x
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
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 65
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.section	".data"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	lcg, @object
	.size	lcg, 4
lcg:
	.long	1
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	w, @object
	.size	w, 1024
w:
	.zero	1024
	.type	refrac, @object
	.size	refrac, 32
refrac:
	.zero	32
	.type	v, @object
	.size	v, 128
v:
	.zero	128
	.type	spikes, @object
	.size	spikes, 64
spikes:
	.zero	64
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
