	.file	"fib.c"
	.machine "440"
	.section	".text"
	.globl __umoddi3
	.globl __moddi3
	.align 2
	.type	fib_fast, @function
fib_fast:
.LFB2:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	or. 10,3,4
	mr 9,3
	stw 27,44(1)
	.cfi_offset 27, -20
	mr 27,5
	stw 29,52(1)
	.cfi_offset 29, -12
	mr 29,4
	stw 30,56(1)
	stw 31,60(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bne- 0,.L11
	li 30,0
	li 31,1
	stw 30,0(27)
	mr 4,29
	stw 31,4(27)
	mr 3,9
	lwz 27,44(1)
	lwz 29,52(1)
	lwz 30,56(1)
	lwz 31,60(1)
	addi 1,1,64
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L11:
	.cfi_restore_state
	srwi 4,4,1
	mflr 0
	.cfi_register 65, 0
	rlwimi 4,9,31,0,31-31
	addi 5,1,8
	srwi 3,3,1
	stw 0,68(1)
	.cfi_offset 65, 4
	stw 24,32(1)
	.cfi_offset 24, -32
	rlwinm 29,29,0,31,31
	stw 25,36(1)
	.cfi_offset 25, -28
	stw 26,40(1)
	.cfi_offset 26, -24
	stw 28,48(1)
	.cfi_offset 28, -16
	bl fib_fast
	lwz 26,12(1)
	lis 10,0x3b9a
	lwz 25,8(1)
	mr 31,4
	ori 10,10,0xca07
	mr 28,3
	srwi 9,26,31
	slwi 4,26,1
	rlwimi 9,25,1,0,31-1
	addc 4,4,10
	addze 3,9
	lis 6,0x3b9a
	subfc 4,31,4
	li 5,0
	subfe 3,28,3
	ori 6,6,0xca07
	bl __umoddi3
	lis 6,0x3b9a
	mullw 10,28,4
	li 5,0
	mullw 9,3,31
	ori 6,6,0xca07
	mulhwu 3,4,31
	mullw 4,4,31
	add 9,9,10
	mullw 28,28,31
	add 3,9,3
	mullw 25,25,26
	bl __umoddi3
	lis 6,0x3b9a
	mulhwu 10,31,31
	mr 24,4
	mullw 31,31,31
	mr 30,3
	mullw 4,26,26
	slwi 28,28,1
	mulhwu 26,26,26
	slwi 3,25,1
	add 28,28,10
	li 5,0
	addc 4,4,31
	ori 6,6,0xca07
	add 3,3,26
	adde 3,3,28
	bl __umoddi3
	mr 9,30
	cmpwi 0,29,0
	mr 30,3
	mr 29,24
	mr 31,4
	beq+ 0,.L9
	addc 4,24,4
	lis 6,0x3b9a
	adde 3,9,30
	li 5,0
	ori 6,6,0xca07
	mr 29,31
	bl __umoddi3
	mr 9,30
	mr 31,4
	mr 30,3
.L9:
	lwz 0,68(1)
	mr 4,29
	lwz 24,32(1)
	.cfi_restore 24
	mr 3,9
	lwz 25,36(1)
	.cfi_restore 25
	lwz 26,40(1)
	.cfi_restore 26
	mtlr 0
	.cfi_restore 65
	lwz 28,48(1)
	.cfi_restore 28
	lwz 29,52(1)
	stw 30,0(27)
	stw 31,4(27)
	lwz 30,56(1)
	lwz 27,44(1)
	lwz 31,60(1)
	addi 1,1,64
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE2:
	.size	fib_fast,.-fib_fast
	.align 2
	.type	fib_rec, @function
fib_rec:
.LFB0:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	cmpwi 0,3,1
	stw 23,108(1)
	.cfi_offset 23, -36
	mr 23,3
	ble- 0,.L13
	addi 9,3,-1
	stw 21,100(1)
	.cfi_offset 21, -44
	rlwinm 21,9,0,0,30
	stw 16,80(1)
	.cfi_offset 16, -64
	subf 21,21,3
	mr 16,3
	cmpw 0,16,21
	stw 24,112(1)
	.cfi_offset 24, -32
	stw 26,120(1)
	.cfi_offset 26, -24
	li 24,0
	mr 26,9
	beq- 0,.L14
.L59:
	addi 16,16,-2
	stw 19,92(1)
	.cfi_offset 19, -52
	rlwinm 19,16,0,0,30
	mflr 0
	.cfi_register 65, 0
	subf 19,19,9
	stw 20,96(1)
	.cfi_offset 20, -48
	cmpw 0,26,19
	stw 31,140(1)
	.cfi_offset 31, -4
	stw 0,148(1)
	.cfi_offset 65, 4
	li 20,0
	stw 14,72(1)
	.cfi_offset 14, -72
	addi 31,26,-1
	stw 15,76(1)
	.cfi_offset 15, -68
	stw 17,84(1)
	.cfi_offset 17, -60
	stw 18,88(1)
	.cfi_offset 18, -56
	stw 22,104(1)
	.cfi_offset 22, -40
	stw 25,116(1)
	.cfi_offset 25, -28
	stw 27,124(1)
	.cfi_offset 27, -20
	stw 28,128(1)
	.cfi_offset 28, -16
	stw 29,132(1)
	.cfi_offset 29, -12
	stw 30,136(1)
	.cfi_offset 30, -8
	beq- 0,.L15
.L58:
	addi 26,26,-2
	li 18,0
	rlwinm 23,26,0,0,30
	subf 23,23,31
.L35:
	cmpw 0,31,23
	addi 28,31,-1
	addi 31,31,-2
	beq- 0,.L16
	rlwinm 22,31,0,0,30
	li 27,0
	subf 22,22,28
	mr 25,28
.L33:
	cmpw 0,25,22
	addi 15,25,-1
	beq- 0,.L17
	li 29,0
	addi 25,25,-2
	stw 29,8(1)
	rlwinm 17,25,0,0,30
	stw 31,56(1)
	subf 17,17,15
	mr 14,15
	mr 28,20
	mr 15,24
.L31:
	cmpw 0,17,14
	addi 9,14,-1
	beq- 0,.L18
	addi 14,14,-2
	li 24,0
	rlwinm 31,14,0,0,30
	mr 20,9
	subf 10,31,9
	stw 10,24(1)
.L29:
	lwz 9,24(1)
	addi 10,20,-1
	cmpw 0,9,20
	beq- 0,.L19
	addi 31,20,-2
	addi 7,20,-3
	rlwinm 8,31,0,0,30
	stw 31,12(1)
	subf 9,8,10
	addi 20,20,-5
	stw 9,48(1)
	li 8,0
	mr 30,7
.L27:
	lwz 9,48(1)
	addi 6,10,-1
	cmpw 0,10,9
	beq- 0,.L20
	rlwinm 9,30,0,0,30
	stw 17,28(1)
	subf 9,9,6
	stw 28,32(1)
	stw 9,16(1)
	li 31,0
	stw 10,36(1)
	stw 8,40(1)
	stw 30,44(1)
	mr 30,20
.L25:
	lwz 9,16(1)
	cmpw 0,6,9
	beq- 0,.L21
	srwi 17,30,1
	addi 29,6,-2
	addi 28,17,1
	li 8,0
	andi. 9,28,0x1
	stw 8,20(1)
	mr 10,29
	li 9,0
	bne- 0,.L52
.L22:
	stw 9,60(1)
	mr 3,10
	addi 9,10,-2
	addi 28,28,-1
	stw 9,52(1)
	bl fib_rec
	lwz 9,60(1)
	mr 10,3
	lwz 3,52(1)
	add 9,9,10
	stw 9,60(1)
	bl fib_rec
	lwz 9,52(1)
	addic. 28,28,-1
	addi 10,9,-2
	lwz 9,20(1)
	add 9,9,3
	stw 9,20(1)
	lwz 9,60(1)
	bne+ 0,.L22
	lwz 10,20(1)
	mulli 17,17,-2
	cmpwi 0,29,1
	mr 6,29
	add 10,9,10
	add 9,17,30
	add 9,9,10
	addi 30,30,-2
	add 31,31,9
	bgt+ 0,.L25
.L60:
	lwz 17,28(1)
	lwz 28,32(1)
	lwz 10,36(1)
	lwz 8,40(1)
	lwz 30,44(1)
.L24:
	addi 10,10,-2
	add 31,6,31
	cmpwi 0,10,1
	add 8,8,31
	addi 30,30,-2
	addi 20,20,-2
	bgt+ 0,.L27
	lwz 31,12(1)
.L26:
	cmpwi 0,31,1
	add 8,10,8
	mr 20,31
	add 24,24,8
	bgt+ 0,.L29
	mr 9,31
.L28:
	lwz 10,8(1)
	add 9,9,24
	cmpwi 0,14,1
	add 9,10,9
	stw 9,8(1)
	bgt+ 0,.L31
	lwz 31,56(1)
	mr 24,15
	mr 20,28
	mr 15,14
	mr 29,9
.L30:
	cmpwi 0,25,1
	add 15,15,29
	add 27,27,15
	bgt+ 0,.L33
	mr 28,25
.L32:
	cmpwi 0,31,1
	add 27,27,28
	add 18,18,27
	bgt+ 0,.L35
	cmpwi 0,26,1
	add 18,18,31
	add 20,20,18
	ble- 0,.L36
.L57:
	cmpw 0,26,19
	addi 31,26,-1
	bne+ 0,.L58
.L15:
	addi 26,26,-2
	add 20,20,31
.L36:
	cmpwi 0,16,1
	add 26,26,20
	add 24,24,26
	ble- 0,.L53
	lwz 0,148(1)
	cmpw 0,16,21
	addi 9,16,-1
	lwz 14,72(1)
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
	mr 26,9
	lwz 17,84(1)
	.cfi_restore 17
	mtlr 0
	.cfi_restore 65
	lwz 18,88(1)
	.cfi_restore 18
	lwz 19,92(1)
	.cfi_restore 19
	lwz 20,96(1)
	.cfi_restore 20
	lwz 22,104(1)
	.cfi_restore 22
	lwz 25,116(1)
	.cfi_restore 25
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	bne+ 0,.L59
.L14:
	addi 23,16,-2
	add 9,9,24
	lwz 16,80(1)
	.cfi_restore 16
	add 23,23,9
	lwz 21,100(1)
	.cfi_restore 21
	lwz 24,112(1)
	.cfi_restore 24
	lwz 26,120(1)
	.cfi_restore 26
.L13:
	mr 3,23
	lwz 23,108(1)
	addi 1,1,144
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
.L19:
	.cfi_def_cfa_offset 144
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
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	addi 9,20,-2
	add 24,24,10
	b .L28
.L52:
	mr 3,29
	mr 28,17
	bl fib_rec
	addi 10,29,-2
	cmpwi 0,17,0
	mr 9,3
	bne+ 0,.L22
	lwz 10,20(1)
	mulli 17,17,-2
	cmpwi 0,29,1
	mr 6,29
	add 10,9,10
	add 9,17,30
	add 9,9,10
	addi 30,30,-2
	add 31,31,9
	bgt+ 0,.L25
	b .L60
.L20:
	lwz 31,12(1)
	addi 10,10,-2
	add 8,8,6
	b .L26
.L21:
	addi 9,6,-1
	lwz 17,28(1)
	lwz 28,32(1)
	addi 6,6,-2
	lwz 10,36(1)
	add 31,31,9
	lwz 8,40(1)
	lwz 30,44(1)
	b .L24
.L18:
	lwz 29,8(1)
	mr 24,15
	lwz 31,56(1)
	mr 20,28
	addi 15,14,-2
	add 29,29,9
	b .L30
.L17:
	addi 28,25,-2
	add 27,27,15
	b .L32
.L16:
	add 18,18,28
	cmpwi 0,26,1
	add 18,18,31
	add 20,20,18
	bgt+ 0,.L57
	b .L36
.L53:
	lwz 0,148(1)
	add 23,16,24
	mr 3,23
	lwz 14,72(1)
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
	lwz 16,80(1)
	.cfi_restore 16
	mtlr 0
	.cfi_restore 65
	lwz 17,84(1)
	.cfi_restore 17
	lwz 18,88(1)
	.cfi_restore 18
	lwz 19,92(1)
	.cfi_restore 19
	lwz 20,96(1)
	.cfi_restore 20
	lwz 21,100(1)
	.cfi_restore 21
	lwz 22,104(1)
	.cfi_restore 22
	lwz 24,112(1)
	.cfi_restore 24
	lwz 25,116(1)
	.cfi_restore 25
	lwz 26,120(1)
	.cfi_restore 26
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	lwz 23,108(1)
	addi 1,1,144
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE0:
	.size	fib_rec,.-fib_rec
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	li 4,0
	stw 24,32(1)
	.cfi_register 65, 0
	.cfi_offset 24, -32
	lis 24,.LC0@ha
	la 24,.LC0@l(24)
	stw 25,36(1)
	mr 3,24
	stw 26,40(1)
	stw 0,68(1)
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 65, 4
	li 26,4
	stw 27,44(1)
	li 25,2
	stw 28,48(1)
	stw 29,52(1)
	stw 30,56(1)
	stw 31,60(1)
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl show_int
.L63:
	srwi 28,25,1
	addi 3,26,-1
	addi 31,28,1
	li 29,0
	andi. 9,31,0x1
	li 27,0
	beq- 0,.L62
	bl fib_rec
	mr 31,28
	cmpwi 0,28,0
	mr 29,3
	addi 3,26,-3
	beq- 0,.L89
.L62:
	addi 30,3,-2
	bl fib_rec
	mr 9,3
	addi 31,31,-1
	mr 3,30
	add 29,29,9
	bl fib_rec
	addic. 31,31,-1
	mr 9,3
	add 27,27,9
	addi 3,30,-2
	bne+ 0,.L62
.L89:
	mulli 4,28,-2
	add 29,29,27
	addi 26,26,4
	mr 3,24
	add 4,4,25
	addi 25,25,4
	add 4,4,29
	bl show_int
	cmpwi 0,26,20
	bne+ 0,.L63
	li 3,20
	bl fib_rec
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	li 8,45
	li 10,0
	li 9,1
	li 5,0
	li 6,1
	mtctr 8
	b .L64
.L73:
	adde 5,10,5
	mr 6,8
.L64:
	addc 9,6,9
	adde 10,5,10
	addc 8,9,6
	bdnz .L73
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_i64
	li 8,93
	li 10,0
	li 9,1
	li 5,0
	li 6,0
	mtctr 8
.L65:
	addc 7,6,9
	mr 8,10
	mr 6,9
	adde 10,5,10
	mr 9,7
	mr 5,8
	bdnz .L65
	lis 3,.LC3@ha
	lis 25,.LC4@ha
	la 3,.LC3@l(3)
	lis 26,.LC5@ha
	bl show_hex64
	la 25,.LC4@l(25)
	la 26,.LC5@l(26)
	li 27,5
	li 31,0
	li 30,10
	li 24,97
.L66:
	addi 5,1,8
	mr 3,31
	mr 4,30
	bl fib_fast
	mr 28,3
	mr 3,25
	mr 29,4
	bl print_str
	mr 4,30
	mr 3,31
	bl print_u64
	mr 3,26
	bl print_str
	mr 3,28
	mr 4,29
	mulli 31,31,97
	bl print_u64
	bl print_nl
	mulhwu 9,24,30
	addic. 27,27,-1
	mulli 30,30,97
	add 31,31,9
	bne+ 0,.L66
	li 30,1
	li 29,0
	li 31,0
	li 7,1
	li 28,2
.L67:
	addi 10,7,1
	li 5,0
	li 8,1
	li 4,0
	li 9,0
	mtctr 10
.L69:
	addc 11,9,8
	mr 3,5
	mr 9,8
	adde 5,4,5
	mr 8,11
	mr 4,3
	bdnz .L69
	addc 31,31,9
	slwi 6,7,1
	li 5,0
	adde 29,29,3
	li 10,1
	li 8,0
	li 9,0
	mtctr 6
.L70:
	mr 4,10
	mr 3,5
	addc 10,9,10
	mr 9,4
	adde 5,8,5
	mr 8,3
	bdnz .L70
	mtctr 7
	li 10,0
	li 9,1
	li 5,0
	li 6,0
.L71:
	addc 7,6,9
	mr 8,10
	mr 6,9
	adde 10,5,10
	mr 9,7
	mr 5,8
	bdnz .L71
	bl __udivdi3
	xor 3,3,29
	xor 4,4,31
	or 3,3,4
	cmpwi 0,28,47
	cntlzw 3,3
	srwi 3,3,5
	and 30,30,3
	beq- 0,.L72
	addi 10,28,-1
	li 5,0
	li 8,1
	li 7,0
	li 9,0
	mtctr 10
.L68:
	mr 31,8
	mr 29,5
	addc 8,9,8
	mr 9,31
	adde 5,7,5
	mr 7,29
	bdnz .L68
	mr 7,28
	addi 28,28,1
	b .L67
.L72:
	lis 3,.LC6@ha
	mr 4,30
	la 3,.LC6@l(3)
	bl show_int
	li 3,10
	bl fib_rec
	lis 9,0x51eb
	ori 9,9,0x851f
	srawi 10,3,31
	mulhw 9,3,9
	lwz 0,68(1)
	lwz 24,32(1)
	lwz 25,36(1)
	srawi 9,9,4
	lwz 26,40(1)
	subf 9,10,9
	lwz 27,44(1)
	mulli 9,9,50
	lwz 28,48(1)
	lwz 29,52(1)
	mtlr 0
	.cfi_restore 65
	lwz 30,56(1)
	subf 3,9,3
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
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
