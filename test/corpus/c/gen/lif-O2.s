	.file	"lif.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"counts:"
	.align 2
.LC1:
	.string	"total"
	.align 2
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
	lis 7,0x19
	lis 3,0xb6db
	lis 4,0x2492
	ori 7,7,0x660d
	stw 22,24(1)
	.cfi_register 65, 0
	.cfi_offset 22, -40
	lis 22,.LANCHOR0@ha
	stw 29,52(1)
	.cfi_offset 29, -12
	lis 29,.LANCHOR1@ha
	stw 19,12(1)
	la 29,.LANCHOR1@l(29)
	stw 20,16(1)
	addi 11,29,-1
	stw 21,20(1)
	ori 3,3,0x6db7
	stw 23,28(1)
	ori 4,4,0x4924
	stw 24,32(1)
	stw 25,36(1)
	stw 26,40(1)
	stw 27,44(1)
	stw 28,48(1)
	stw 30,56(1)
	stw 31,60(1)
	lwz 6,.LANCHOR0@l(22)
	stw 0,68(1)
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	addi 0,29,1023
.L2:
	li 9,32
	mr 5,11
	mtctr 9
.L5:
	mullw 6,6,7
	li 8,0
	addis 6,6,0x3c6f
	addi 6,6,-3233
	srwi 9,6,8
	mullw 10,6,7
	mullw 9,9,3
	addis 10,10,0x3c6f
	cmplw 0,9,4
	bgt- 0,.L4
	addi 6,10,-3233
	rlwinm 8,6,24,26,31
.L4:
	stbu 8,1(5)
	bdnz .L5
	addi 11,11,32
	cmplw 0,0,11
	bne+ 0,.L2
	lis 28,.LANCHOR1+1088@ha
	stw 6,.LANCHOR0@l(22)
	la 28,.LANCHOR1+1088@l(28)
	lis 26,0x19
	addi 21,28,32
	ori 26,26,0x660d
	subfic 28,28,1
	li 12,0
	li 20,-100
	li 27,0
	addi 31,29,1119
	li 23,-1280
	li 24,3
	addi 25,29,1016
.L3:
	cmpwi 7,12,0
	addi 4,29,1087
	mr 3,21
	li 30,0
	li 11,8
	li 8,0
	li 19,1
	b .L12
.L48:
	addi 9,9,-1
	stb 9,0(4)
.L8:
	cmplw 0,4,31
	addi 3,3,4
	addi 11,11,2
	beq- 0,.L47
.L12:
	mr 0,4
	lbzu 9,1(4)
	rlwinm 10,9,0,0xff
	cmpwi 0,10,0
	bne+ 0,.L48
	mullw 6,6,26
	lwz 9,0(3)
	addis 6,6,0x3c6f
	neg 8,9
	addi 6,6,-3233
	srawi 8,8,4
	rlwinm 10,6,24,24,31
	add 8,8,9
	cmpw 0,10,11
	bge- 0,.L9
	addi 8,8,1536
.L9:
	stw 8,0(3)
	add 0,28,0
	beq- 7,.L10
	slwi 5,0,5
	mr 10,12
	add 5,29,5
.L11:
	neg 9,10
	addi 7,10,-1
	and 9,9,10
	and. 10,10,7
	cntlzw 9,9
	subfic 9,9,31
	lbzx 9,5,9
	slwi 9,9,3
	add 8,8,9
	bne+ 0,.L11
	stw 8,0(3)
.L10:
	cmpwi 0,8,5119
	li 8,1
	ble- 0,.L8
	lhzx 9,11,25
	cmplw 0,4,31
	slw 0,19,0
	stw 23,0(3)
	stb 24,0(4)
	or 30,30,0
	addi 9,9,1
	addi 27,27,1
	sthx 9,11,25
	addi 3,3,4
	addi 11,11,2
	bne+ 0,.L12
.L47:
	andi. 8,8,0x1
	beq- 0,.L13
	stw 6,.LANCHOR0@l(22)
.L13:
	cmplwi 0,20,7
	ble- 0,.L49
	addi 20,20,1
	cmplwi 0,20,100
	beq- 0,.L18
.L17:
	lwz 6,.LANCHOR0@l(22)
	mr 12,30
	b .L3
.L18:
	lis 3,.LC0@ha
	addi 31,29,1022
	la 3,.LC0@l(3)
	addi 28,29,1086
	bl print_str
.L19:
	li 3,32
	addi 30,31,2
	bl print_char
	lhz 3,2(31)
	addi 31,31,4
	bl print_int
	li 3,32
	bl print_char
	lhz 3,2(30)
	bl print_int
	cmplw 0,28,31
	bne+ 0,.L19
	bl print_nl
	lis 3,.LC1@ha
	mr 4,27
	la 3,.LC1@l(3)
	bl show_int
	li 10,8
	addi 29,29,1116
	li 4,0
	li 9,0
	mtctr 10
.L20:
	lwz 6,4(29)
	lwz 7,8(29)
	lwz 8,12(29)
	lwzu 10,16(29)
	add 4,4,6
	add 9,9,7
	add 4,4,8
	add 9,9,10
	bdnz .L20
	lis 3,.LC2@ha
	add 4,4,9
	la 3,.LC2@l(3)
	bl show_int
	lis 3,0x5254
	ori 3,3,0xe78f
	lwz 0,68(1)
	mulhwu 3,27,3
	lwz 19,12(1)
	lwz 20,16(1)
	lwz 21,20(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	srwi 3,3,6
	lwz 22,24(1)
	mulli 3,3,199
	lwz 23,28(1)
	lwz 24,32(1)
	subf 3,3,27
	lwz 25,36(1)
	lwz 26,40(1)
	lwz 27,44(1)
	lwz 28,48(1)
	lwz 29,52(1)
	lwz 30,56(1)
	lwz 31,60(1)
	addi 1,1,64
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
	.cfi_def_cfa_offset 0
	blr
.L49:
	.cfi_restore_state
	li 19,0
.L16:
	srw 9,30,19
	li 3,46
	andi. 9,9,0x1
	addi 19,19,1
	beq- 0,.L15
	li 3,124
.L15:
	rlwinm 3,3,0,0xff
	bl print_char
	cmpwi 0,19,32
	bne+ 0,.L16
	bl print_nl
	addi 20,20,1
	b .L17
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
	.type	spikes, @object
	.size	spikes, 64
spikes:
	.zero	64
	.type	refrac, @object
	.size	refrac, 32
refrac:
	.zero	32
	.type	v, @object
	.size	v, 128
v:
	.zero	128
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
