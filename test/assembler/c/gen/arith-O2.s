	.file	"arith.c"
	.machine "440"
	.section	".text"
	.globl __divdi3
	.globl __moddi3
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	li 9,3
	mflr 0
	li 5,0
	li 6,1000
	stw 26,56(1)
	.cfi_register 65, 0
	.cfi_offset 26, -24
	lis 26,.LANCHOR0@ha
	la 26,.LANCHOR0@l(26)
	stw 30,72(1)
	stw 31,76(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lwz 30,0(26)
	lwz 31,4(26)
	stw 28,64(1)
	.cfi_offset 28, -16
	mulli 28,30,3
	mr 3,30
	mulhwu 9,9,31
	mr 4,31
	stw 0,84(1)
	stw 25,52(1)
	.cfi_offset 65, 4
	.cfi_offset 25, -28
	li 25,0
	add 28,28,9
	stw 27,60(1)
	stw 29,68(1)
	.cfi_offset 27, -20
	.cfi_offset 29, -12
	bl __divdi3
	bl put_int
	li 3,10
	bl put_char
	li 5,0
	li 6,1000
	mr 4,31
	mr 3,30
	mulli 27,31,3
	bl __moddi3
	bl put_int
	li 3,10
	bl put_char
	srwi 9,27,30
	rlwimi 9,28,2,0,31-2
	rlwinm 10,27,0,2,31
	rlwinm 9,9,0,2,31
	srwi 8,28,28
	add 10,10,9
	lis 9,0x2492
	add 10,10,8
	ori 9,9,0x4925
	mulhwu 9,10,9
	lis 4,0xb6db
	lis 8,0x6db6
	ori 4,4,0x6db7
	ori 8,8,0xdb6d
	subf 7,9,10
	srwi 7,7,1
	add 29,9,7
	srwi 29,29,2
	mulli 29,29,7
	subf 29,29,10
	subfc 27,29,27
	subfe 9,25,28
	mullw 8,8,27
	mullw 9,9,4
	mulhwu 3,27,4
	mullw 4,27,4
	add 9,9,8
	add 3,9,3
	bl put_uint
	li 3,32
	bl put_char
	mr 4,29
	li 3,0
	bl put_uint
	li 3,10
	bl put_char
	li 5,-1
	li 6,-33
	mr 4,31
	mr 3,30
	bl __divdi3
	bl put_int
	li 3,32
	bl put_char
	subfic 9,31,0
	subfze 10,30
	srwi 8,9,30
	rlwimi 8,10,2,0,31-2
	srawi 7,10,31
	rlwinm 8,8,0,2,31
	rlwinm 9,9,0,2,31
	srwi 10,10,28
	add 9,9,8
	andi. 8,7,0x31
	add 9,9,10
	lis 4,0x3e0f
	rlwinm 7,7,0,0,26
	add 9,9,8
	ori 4,4,0x83e1
	mulhwu 4,9,4
	srwi 4,4,3
	mulli 4,4,33
	subf 4,4,9
	add 4,4,7
	srawi 3,4,31
	bl put_int
	li 3,10
	bl put_char
	srwi 3,31,27
	slwi 4,31,5
	rlwimi 3,30,5,0,31-5
	bl put_int
	li 3,32
	bl put_char
	srwi 4,31,9
	rlwimi 4,30,23,0,31-23
	srawi 3,30,9
	bl put_int
	li 3,32
	bl put_char
	srwi 4,28,8
	li 3,0
	bl put_uint
	li 3,10
	bl put_char
	lwz 28,8(26)
	srawi 29,28,1
	addze 29,29
	mr 4,29
	srawi 3,29,31
	srwi 27,28,1
	bl put_int
	li 3,32
	bl put_char
	slwi 4,29,1
	subf 4,4,28
	srawi 3,4,31
	bl put_int
	li 3,32
	bl put_char
	mr 4,27
	li 3,0
	bl put_int
	li 3,10
	bl put_char
	srawi 4,28,1
	srawi 3,28,31
	bl put_int
	li 3,32
	bl put_char
	mr 3,27
	bl put_hex
	li 3,10
	bl put_char
	mullw 9,30,31
	mulhwu 3,31,31
	mullw 4,31,31
	slwi 9,9,1
	add 3,9,3
	bl put_int
	li 3,10
	bl put_char
	lis 9,.LANCHOR1@ha
	la 31,.LANCHOR1@l(9)
	lwz 11,.LANCHOR1@l(9)
	li 9,6
	lwz 3,4(31)
	lwz 5,8(31)
	mtctr 9
	lwz 6,12(31)
	addi 8,1,18
	lwz 7,16(31)
	addi 10,1,6
	lwz 9,20(31)
	li 4,0
	stw 11,20(1)
	stw 3,24(1)
	stw 5,28(1)
	stw 6,8(1)
	stw 7,12(1)
	stw 9,16(1)
.L2:
	lhau 9,2(8)
	lhau 7,2(10)
	mullw 9,9,7
	add 4,4,9
	bdnz .L2
	srawi 3,4,31
	bl put_int
	li 3,10
	bl put_char
	li 10,40
	li 9,-20
	li 4,0
	mtctr 10
.L5:
	rlwinm 10,9,0,29,31
	neg 8,9
	cmpwi 0,10,5
	slwi 7,10,2
	add 7,31,7
	bgt- 0,.L4
	lwz 8,24(7)
.L4:
	mullw 8,8,9
	addi 9,9,1
	add 4,4,8
	bdnz .L5
	srawi 3,4,31
	lis 31,0x811c
	bl put_int
	li 3,10
	bl put_char
	lis 6,0x100
	li 9,25
	ori 31,31,0x9dc5
	ori 6,6,0x193
	li 7,0
	mtctr 9
.L6:
	xor 31,7,31
	addi 9,7,1
	mullw 31,31,6
	addi 8,7,2
	addi 10,7,3
	addi 7,7,4
	xor 9,9,31
	mullw 9,9,6
	xor 9,8,9
	mullw 9,9,6
	xor 10,10,9
	mullw 31,10,6
	bdnz .L6
	mr 3,31
	bl put_hex
	li 3,10
	bl put_char
	lwz 0,84(1)
	rlwinm 3,31,0,25,31
	lwz 25,52(1)
	lwz 26,56(1)
	lwz 27,60(1)
	mtlr 0
	.cfi_restore 65
	lwz 28,64(1)
	lwz 29,68(1)
	lwz 30,72(1)
	lwz 31,76(1)
	addi 1,1,80
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE2:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
.LC0:
	.short	1
	.short	-2
	.short	300
	.short	-400
	.short	5000
	.short	32767
.LC1:
	.short	7
	.short	8
	.short	-9
	.short	10
	.short	11
	.short	-32768
	.type	CSWTCH.8, @object
	.size	CSWTCH.8, 24
CSWTCH.8:
	.long	11
	.long	23
	.long	35
	.long	47
	.long	59
	.long	61
	.section	".data"
	.align 3
	.set	.LANCHOR0,. + 0
	.type	vbig, @object
	.size	vbig, 8
vbig:
	.long	19088743
	.long	-1985229329
	.type	vsmall, @object
	.size	vsmall, 4
vsmall:
	.long	-7
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
