	.file	"arith.c"
	.machine "440"
	.section	".text"
	.section	".data"
	.align 3
	.type	vbig, @object
	.size	vbig, 8
vbig:
	.long	19088743
	.long	-1985229329
	.align 2
	.type	vsmall, @object
	.size	vsmall, 4
vsmall:
	.long	-7
	.section	".text"
	.align 2
	.type	classify, @function
classify:
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
	rlwinm 9,9,0,29,31
	cmplwi 0,9,5
	bgt 0,.L2
	slwi 10,9,2
	lis 9,.L4@ha
	la 9,.L4@l(9)
	add 9,10,9
	lwz 10,0(9)
	lis 9,.L4@ha
	la 9,.L4@l(9)
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L4:
	.long .L9-.L4
	.long .L8-.L4
	.long .L7-.L4
	.long .L6-.L4
	.long .L5-.L4
	.long .L3-.L4
	.section	".text"
.L9:
	li 9,11
	b .L10
.L8:
	li 9,23
	b .L10
.L7:
	li 9,35
	b .L10
.L6:
	li 9,47
	b .L10
.L5:
	li 9,59
	b .L10
.L3:
	li 9,61
	b .L10
.L2:
	lwz 9,8(31)
	neg 9,9
.L10:
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
	.size	classify,.-classify
	.align 2
	.type	dot16, @function
dot16:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L12
.L13:
	lwz 9,12(31)
	slwi 9,9,1
	lwz 10,24(31)
	add 9,10,9
	lhz 9,0(9)
	extsh 10,9
	lwz 9,12(31)
	slwi 9,9,1
	lwz 8,28(31)
	add 9,8,9
	lhz 9,0(9)
	extsh 9,9
	mullw 9,10,9
	lwz 10,8(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L12:
	lwz 10,12(31)
	lwz 9,32(31)
	cmpw 0,10,9
	blt 0,.L13
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	dot16,.-dot16
	.globl __divdi3
	.globl __moddi3
	.globl __udivdi3
	.globl __umoddi3
	.section	.rodata
	.align 1
.LC0:
	.short	1
	.short	-2
	.short	300
	.short	-400
	.short	5000
	.short	32767
	.align 1
.LC1:
	.short	7
	.short	8
	.short	-9
	.short	10
	.short	11
	.short	-32768
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	stwu 1,-176(1)
	.cfi_def_cfa_offset 176
	mflr 0
	stw 0,180(1)
	stw 14,104(1)
	stw 15,108(1)
	stw 16,112(1)
	stw 17,116(1)
	stw 18,120(1)
	stw 19,124(1)
	stw 20,128(1)
	stw 21,132(1)
	stw 22,136(1)
	stw 23,140(1)
	stw 24,144(1)
	stw 25,148(1)
	stw 26,152(1)
	stw 27,156(1)
	stw 28,160(1)
	stw 29,164(1)
	stw 31,172(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
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
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 10,vbig@ha
	la 10,vbig@l(10)
	lwz 11,4(10)
	lwz 10,0(10)
	stw 10,24(31)
	stw 11,28(31)
	lwz 10,24(31)
	lwz 11,28(31)
	mulli 6,10,3
	mulli 7,11,0
	add 6,6,7
	li 7,3
	mullw 5,11,7
	mulhwu 10,11,7
	mr 9,5
	mr 8,10
	add 10,6,8
	mr 8,10
	stw 8,32(31)
	stw 9,36(31)
	stw 8,32(31)
	stw 9,36(31)
	lwz 10,24(31)
	lwz 11,28(31)
	li 5,0
	li 6,1000
	mr 3,10
	mr 4,11
	bl __divdi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl put_int
	li 3,10
	bl put_char
	lwz 10,24(31)
	lwz 11,28(31)
	li 5,0
	li 6,1000
	mr 3,10
	mr 4,11
	bl __moddi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl put_int
	li 3,10
	bl put_char
	lwz 10,32(31)
	lwz 11,36(31)
	li 5,0
	li 6,7
	mr 3,10
	mr 4,11
	bl __udivdi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl put_uint
	li 3,32
	bl put_char
	lwz 10,32(31)
	lwz 11,36(31)
	li 5,0
	li 6,7
	mr 3,10
	mr 4,11
	bl __umoddi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl put_uint
	li 3,10
	bl put_char
	lwz 10,24(31)
	lwz 11,28(31)
	li 5,-1
	li 6,-33
	mr 3,10
	mr 4,11
	bl __divdi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl put_int
	li 3,32
	bl put_char
	lwz 10,24(31)
	lwz 11,28(31)
	subfic 21,11,0
	subfze 20,10
	li 5,0
	li 6,33
	mr 3,20
	mr 4,21
	bl __moddi3
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl put_int
	li 3,10
	bl put_char
	lwz 9,28(31)
	srwi 9,9,27
	lwz 10,24(31)
	slwi 26,10,5
	or 26,9,26
	lwz 9,28(31)
	slwi 27,9,5
	mr 3,26
	mr 4,27
	bl put_int
	li 3,32
	bl put_char
	lwz 9,24(31)
	slwi 9,9,23
	lwz 10,28(31)
	srwi 29,10,9
	or 29,9,29
	lwz 9,24(31)
	srawi 28,9,9
	mr 3,28
	mr 4,29
	bl put_int
	li 3,32
	bl put_char
	lwz 9,32(31)
	srwi 23,9,8
	li 22,0
	mr 3,22
	mr 4,23
	bl put_uint
	li 3,10
	bl put_char
	lis 9,vsmall@ha
	lwz 9,vsmall@l(9)
	stw 9,40(31)
	lwz 9,40(31)
	srawi 9,9,1
	addze 9,9
	stw 9,76(31)
	srawi 9,9,31
	stw 9,72(31)
	lwz 3,72(31)
	lwz 4,76(31)
	bl put_int
	li 3,32
	bl put_char
	lwz 9,40(31)
	srawi 10,9,1
	addze 10,10
	slwi 10,10,1
	subf 9,10,9
	stw 9,84(31)
	srawi 9,9,31
	stw 9,80(31)
	lwz 3,80(31)
	lwz 4,84(31)
	bl put_int
	li 3,32
	bl put_char
	lwz 9,40(31)
	srwi 9,9,1
	mr 19,9
	li 18,0
	mr 3,18
	mr 4,19
	bl put_int
	li 3,10
	bl put_char
	lwz 9,40(31)
	srawi 9,9,1
	stw 9,92(31)
	srawi 9,9,31
	stw 9,88(31)
	lwz 3,88(31)
	lwz 4,92(31)
	bl put_int
	li 3,32
	bl put_char
	lwz 9,40(31)
	srwi 9,9,1
	mr 3,9
	bl put_hex
	li 3,10
	bl put_char
	lwz 10,24(31)
	lwz 9,28(31)
	mullw 10,10,9
	lwz 8,24(31)
	lwz 9,28(31)
	mullw 9,8,9
	add 10,10,9
	lwz 9,28(31)
	mullw 8,9,9
	mulhwu 9,9,9
	mr 25,8
	mr 24,9
	add 9,10,24
	mr 24,9
	mr 3,24
	mr 4,25
	bl put_int
	li 3,10
	bl put_char
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	lwz 8,0(9)
	lwz 10,4(9)
	lwz 9,8(9)
	stw 8,44(31)
	stw 10,48(31)
	stw 9,52(31)
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
	lwz 8,0(9)
	lwz 10,4(9)
	lwz 9,8(9)
	stw 8,56(31)
	stw 10,60(31)
	stw 9,64(31)
	addi 10,31,56
	addi 9,31,44
	li 5,6
	mr 4,10
	mr 3,9
	bl dot16
	mr 9,3
	mr 15,9
	srawi 9,9,31
	mr 14,9
	mr 3,14
	mr 4,15
	bl put_int
	li 3,10
	bl put_char
	li 9,0
	stw 9,8(31)
	li 9,-20
	stw 9,12(31)
	b .L16
.L17:
	lwz 3,12(31)
	bl classify
	mr 10,3
	lwz 9,12(31)
	mullw 9,10,9
	lwz 10,8(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L16:
	lwz 9,12(31)
	cmpwi 0,9,19
	ble 0,.L17
	lwz 9,8(31)
	mr 17,9
	srawi 9,9,31
	mr 16,9
	mr 3,16
	mr 4,17
	bl put_int
	li 3,10
	bl put_char
	lis 9,0x811c
	ori 9,9,0x9dc5
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L18
.L19:
	lwz 10,20(31)
	lwz 9,16(31)
	xor 10,10,9
	lis 9,0x100
	ori 9,9,0x193
	mullw 9,10,9
	stw 9,16(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L18:
	lwz 9,20(31)
	cmpwi 0,9,99
	ble 0,.L19
	lwz 3,16(31)
	bl put_hex
	li 3,10
	bl put_char
	lwz 9,16(31)
	rlwinm 9,9,0,25,31
	mr 3,9
	addi 11,31,176
	lwz 0,4(11)
	mtlr 0
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
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
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
