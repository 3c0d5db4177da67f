	.file	"fib.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	fib_rec, @function
fib_rec:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,1
	ble 0,.L2
	lwz 9,8(31)
	addi 9,9,-1
	mr 3,9
	bl fib_rec
	mr 30,3
	lwz 9,8(31)
	addi 9,9,-2
	mr 3,9
	bl fib_rec
	mr 9,3
	add 9,30,9
	b .L4
.L2:
	lwz 9,8(31)
.L4:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	fib_rec,.-fib_rec
	.align 2
	.type	fib_iter, @function
fib_iter:
.LFB1:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 31,60(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	li 10,0
	li 11,0
	stw 10,8(31)
	stw 11,12(31)
	li 10,0
	li 11,1
	stw 10,16(31)
	stw 11,20(31)
	b .L6
.L7:
	lwz 8,8(31)
	lwz 9,12(31)
	lwz 10,16(31)
	lwz 11,20(31)
	addc 7,9,11
	adde 6,8,10
	stw 6,24(31)
	stw 7,28(31)
	lwz 10,16(31)
	lwz 11,20(31)
	stw 10,8(31)
	stw 11,12(31)
	lwz 10,24(31)
	lwz 11,28(31)
	stw 10,16(31)
	stw 11,20(31)
.L6:
	lwz 9,40(31)
	addi 10,9,-1
	stw 10,40(31)
	cmpwi 0,9,0
	bgt 0,.L7
	lwz 10,8(31)
	lwz 11,12(31)
	mr 3,10
	mr 4,11
	addi 11,31,64
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	fib_iter,.-fib_iter
	.globl __umoddi3
	.align 2
	.type	fib_fast, @function
fib_fast:
.LFB2:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	mflr 0
	stw 0,148(1)
	stw 14,72(1)
	stw 15,76(1)
	stw 16,80(1)
	stw 17,84(1)
	stw 18,88(1)
	stw 19,92(1)
	stw 20,96(1)
	stw 21,100(1)
	stw 22,104(1)
	stw 23,108(1)
	stw 24,112(1)
	stw 25,116(1)
	stw 26,120(1)
	stw 27,124(1)
	stw 28,128(1)
	stw 29,132(1)
	stw 31,140(1)
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
	stw 3,40(31)
	stw 4,44(31)
	stw 5,48(31)
	lwz 9,40(31)
	lwz 8,44(31)
	or 9,9,8
	cmpwi 0,9,0
	bne 0,.L10
	lwz 9,48(31)
	li 10,0
	li 11,1
	stw 10,0(9)
	stw 11,4(9)
	li 10,0
	li 11,0
	b .L14
.L10:
	lwz 9,40(31)
	slwi 9,9,31
	lwz 8,44(31)
	srwi 11,8,1
	or 11,9,11
	lwz 9,40(31)
	srwi 10,9,1
	addi 9,31,32
	mr 5,9
	mr 3,10
	mr 4,11
	bl fib_fast
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,32(31)
	lwz 11,36(31)
	srwi 9,11,31
	slwi 28,10,1
	or 28,9,28
	slwi 29,11,1
	lwz 10,8(31)
	lwz 11,12(31)
	subfc 25,11,29
	subfe 24,10,28
	lis 9,0x3b9a
	ori 9,9,0xca07
	addc 9,25,9
	stw 9,60(31)
	addze 9,24
	stw 9,56(31)
	li 5,0
	lis 6,0x3b9a
	ori 6,6,0xca07
	lwz 3,56(31)
	lwz 4,60(31)
	bl __umoddi3
	mr 11,4
	mr 10,3
	lwz 9,12(31)
	mullw 8,9,10
	lwz 9,8(31)
	mullw 9,9,11
	add 8,8,9
	lwz 9,12(31)
	mullw 7,9,11
	mulhwu 9,9,11
	mr 19,7
	mr 18,9
	add 9,8,18
	mr 18,9
	li 5,0
	lis 6,0x3b9a
	ori 6,6,0xca07
	mr 3,18
	mr 4,19
	bl __umoddi3
	mr 11,4
	mr 10,3
	stw 10,16(31)
	stw 11,20(31)
	lwz 10,8(31)
	lwz 9,12(31)
	mullw 10,10,9
	lwz 8,8(31)
	lwz 9,12(31)
	mullw 9,8,9
	add 10,10,9
	lwz 9,12(31)
	mullw 8,9,9
	mulhwu 9,9,9
	mr 27,8
	mr 26,9
	add 9,10,26
	mr 26,9
	lwz 8,32(31)
	lwz 9,36(31)
	lwz 10,32(31)
	lwz 11,36(31)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 23,6
	mr 22,9
	add 9,7,22
	mr 22,9
	addc 15,27,23
	adde 14,26,22
	li 5,0
	lis 6,0x3b9a
	ori 6,6,0xca07
	mr 3,14
	mr 4,15
	bl __umoddi3
	mr 11,4
	mr 10,3
	stw 10,24(31)
	stw 11,28(31)
	lwz 10,40(31)
	lwz 11,44(31)
	li 20,0
	rlwinm 21,11,0,31,31
	mr 9,20
	or 9,9,21
	cmpwi 0,9,0
	beq 0,.L12
	lwz 8,16(31)
	lwz 9,20(31)
	lwz 10,24(31)
	lwz 11,28(31)
	addc 17,9,11
	adde 16,8,10
	li 5,0
	lis 6,0x3b9a
	ori 6,6,0xca07
	mr 3,16
	mr 4,17
	bl __umoddi3
	mr 11,4
	mr 10,3
	lwz 9,48(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 10,24(31)
	lwz 11,28(31)
	b .L14
.L12:
	lwz 9,48(31)
	lwz 10,24(31)
	lwz 11,28(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 10,16(31)
	lwz 11,20(31)
.L14:
	mr 3,10
	mr 4,11
	addi 11,31,144
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
	.size	fib_fast,.-fib_fast
	.section	.rodata
	.align 2
.LC0:
	.string	"fib_rec"
	.align 2
.LC1:
	.string	"fib_rec(20)"
	.align 2
.LC2:
	.string	"fib_iter(90)"
	.align 2
.LC3:
	.string	"fib_iter(93)"
	.align 2
.LC4:
	.string	"F("
	.align 2
.LC5:
	.string	") mod p="
	.globl __udivdi3
	.align 2
.LC6:
	.string	"lucas identity"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L16
.L17:
	lwz 3,8(31)
	bl fib_rec
	mr 9,3
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	lwz 9,8(31)
	addi 9,9,4
	stw 9,8(31)
.L16:
	lwz 9,8(31)
	cmpwi 0,9,16
	ble 0,.L17
	li 3,20
	bl fib_rec
	mr 9,3
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 3,90
	bl fib_iter
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_i64
	li 3,93
	bl fib_iter
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_hex64
	li 10,0
	li 11,10
	stw 10,16(31)
	stw 11,20(31)
	b .L18
.L19:
	addi 9,31,40
	mr 5,9
	lwz 3,16(31)
	lwz 4,20(31)
	bl fib_fast
	stw 3,32(31)
	stw 4,36(31)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl print_str
	lwz 3,16(31)
	lwz 4,20(31)
	bl print_u64
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl print_str
	lwz 3,32(31)
	lwz 4,36(31)
	bl print_u64
	bl print_nl
	lwz 9,16(31)
	mulli 10,9,97
	lwz 9,20(31)
	mulli 9,9,0
	add 8,10,9
	lwz 10,20(31)
	li 9,97
	mullw 7,10,9
	mulhwu 9,10,9
	mr 29,7
	mr 28,9
	add 9,8,28
	mr 28,9
	stw 28,16(31)
	stw 29,20(31)
	stw 28,16(31)
	stw 29,20(31)
.L18:
	lwz 9,16(31)
	cmplwi 0,9,2
	bgt 0,.L24
	lwz 9,16(31)
	cmpwi 0,9,2
	bne 0,.L19
	lwz 10,20(31)
	lis 9,0x540b
	ori 9,9,0xe3ff
	cmplw 0,10,9
	ble 0,.L19
.L24:
	li 9,1
	stw 9,24(31)
	li 9,1
	stw 9,28(31)
	b .L21
.L22:
	lwz 9,28(31)
	addi 9,9,-1
	mr 3,9
	bl fib_iter
	mr 29,4
	mr 28,3
	lwz 9,28(31)
	addi 9,9,1
	mr 3,9
	bl fib_iter
	mr 11,4
	mr 10,3
	addc 27,29,11
	adde 26,28,10
	lwz 9,28(31)
	slwi 9,9,1
	mr 3,9
	bl fib_iter
	mr 29,4
	mr 28,3
	lwz 3,28(31)
	bl fib_iter
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	mr 3,28
	mr 4,29
	bl __udivdi3
	mr 11,4
	mr 10,3
	xor 24,26,10
	xor 25,27,11
	or 9,24,25
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	lwz 10,24(31)
	and 9,10,9
	stw 9,24(31)
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L21:
	lwz 9,28(31)
	cmpwi 0,9,46
	ble 0,.L22
	lwz 4,24(31)
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	li 3,10
	bl fib_rec
	mr 9,3
	lis 10,0x51eb
	ori 10,10,0x851f
	mulhw 10,9,10
	srawi 8,10,4
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,50
	subf 10,10,9
	mr 9,10
	mr 3,9
	addi 11,31,96
	lwz 0,4(11)
	mtlr 0
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
