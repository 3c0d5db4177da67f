	.file	"arith.c"
	.machine "440"
	.section	".text"
	.globl __divdi3
	.globl __moddi3
	.globl __udivdi3
	.globl __umoddi3
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	li 9,3
	mflr 0
	li 5,0
	li 6,1000
	stmw 27,44(1)
	.cfi_register 65, 0
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 28,.LANCHOR0@ha
	la 28,.LANCHOR0@l(28)
	stw 0,68(1)
	.cfi_offset 65, 4
	lwz 30,0(28)
	lwz 31,4(28)
	mulli 29,30,3
	mr 3,30
	mulhwu 9,9,31
	mr 4,31
	mulli 27,31,3
	add 29,29,9
	bl __divdi3
	bl put_int
	li 3,10
	bl put_char
	li 5,0
	li 6,1000
	mr 4,31
	mr 3,30
	bl __moddi3
	bl put_int
	li 3,10
	bl put_char
	li 5,0
	li 6,7
	mr 3,29
	mr 4,27
	bl __udivdi3
	bl put_uint
	li 3,32
	bl put_char
	li 5,0
	li 6,7
	mr 3,29
	mr 4,27
	bl __umoddi3
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
	subfic 4,31,0
	subfze 3,30
	li 6,33
	li 5,0
	bl __moddi3
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
	srwi 4,29,8
	li 3,0
	bl put_uint
	li 3,10
	bl put_char
	lwz 28,8(28)
	srawi 29,28,1
	addze 29,29
	mr 4,29
	srawi 3,29,31
	bl put_int
	li 3,32
	bl put_char
	slwi 4,29,1
	subf 4,4,28
	srwi 29,28,1
	srawi 3,4,31
	bl put_int
	li 3,32
	bl put_char
	mr 4,29
	li 3,0
	bl put_int
	li 3,10
	bl put_char
	srawi 4,28,1
	srawi 3,28,31
	bl put_int
	li 3,32
	bl put_char
	mr 3,29
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
	lwz 8,.LANCHOR1@l(9)
	lwz 10,4(31)
	li 4,0
	lwz 9,8(31)
	addi 6,1,20
	stw 8,20(1)
	addi 7,1,8
	lwz 8,12(31)
	stw 10,24(1)
	lwz 10,16(31)
	stw 9,28(1)
	lwz 9,20(31)
	stw 8,8(1)
	stw 10,12(1)
	li 10,6
	stw 9,16(1)
	mtctr 10
	li 9,0
.L2:
	lhax 10,6,9
	lhax 8,7,9
	addi 9,9,2
	mullw 10,10,8
	add 4,4,10
	bdnz .L2
	srawi 3,4,31
	bl put_int
	li 3,10
	bl put_char
	li 9,40
	li 10,-20
	li 4,0
	mtctr 9
.L5:
	rlwinm 8,10,0,29,31
	neg 9,10
	cmpwi 0,8,5
	bgt- 0,.L4
	add 8,31,8
	lbz 9,24(8)
	extsb 9,9
.L4:
	mullw 9,9,10
	addi 10,10,1
	add 4,4,9
	bdnz .L5
	srawi 3,4,31
	lis 31,0x811c
	bl put_int
	li 3,10
	bl put_char
	lis 10,0x100
	li 8,100
	li 9,0
	ori 31,31,0x9dc5
	ori 10,10,0x193
	mtctr 8
.L6:
	xor 31,9,31
	addi 9,9,1
	mullw 31,31,10
	bdnz .L6
	mr 3,31
	bl put_hex
	li 3,10
	bl put_char
	addi 11,1,64
	rlwinm 3,31,0,25,31
	b _restgpr_27_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
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
	.size	CSWTCH.8, 6
CSWTCH.8:
	.byte	11
	.byte	23
	.byte	35
	.byte	47
	.byte	59
	.byte	61
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
