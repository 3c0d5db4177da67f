	.file	"numtheory.c"
	.machine "440"
	.section	".text"
	.globl __umoddi3
	.align 2
	.type	is_prime, @function
is_prime:
.LFB6:
	.cfi_startproc
	cmplwi 0,3,1
	ble- 0,.L12
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 23,12(1)
	.cfi_offset 23, -36
	andi. 23,3,0x1
	stw 29,36(1)
	.cfi_offset 29, -12
	mr 29,3
	beq- 0,.L13
	lis 9,0xaaaa
	lis 10,0x5555
	ori 9,9,0xaaab
	ori 10,10,0x5555
	mullw 9,3,9
	cmplw 0,9,10
	ble- 0,.L14
	lis 9,0xcccc
	lis 10,0x3333
	ori 9,9,0xcccd
	ori 10,10,0x3333
	mullw 9,3,9
	cmplw 0,9,10
	ble- 0,.L15
	lis 9,0xb6db
	lis 10,0x2492
	ori 9,9,0x6db7
	ori 10,10,0x4924
	mullw 9,3,9
	cmplw 0,9,10
	ble- 0,.L16
	stw 25,20(1)
	.cfi_offset 25, -28
	addi 25,3,-1
	andi. 9,25,0x1
	mflr 0
	.cfi_register 65, 0
	stw 26,24(1)
	.cfi_offset 26, -24
	li 26,0
	stw 27,28(1)
	.cfi_offset 27, -20
	mr 27,25
	stw 0,52(1)
	.cfi_offset 65, 4
	stw 22,8(1)
	.cfi_offset 22, -40
	stw 24,16(1)
	.cfi_offset 24, -32
	stw 28,32(1)
	.cfi_offset 28, -16
	stw 30,40(1)
	.cfi_offset 30, -8
	stw 31,44(1)
	.cfi_offset 31, -4
	bne- 0,.L5
.L4:
	srwi 27,27,1
	addi 26,26,1
	andi. 9,27,0x1
	beq+ 0,.L4
.L5:
	lis 22,.LANCHOR0@ha
	la 22,.LANCHOR0@l(22)
	addi 24,22,-4
	addi 22,22,8
.L11:
	lwzu 9,4(24)
	divwu 31,9,29
	mullw 31,31,29
	subf. 31,31,9
	beq- 0,.L6
	mr 30,23
	mr 28,27
.L8:
	andi. 9,28,0x1
	li 5,0
	mulhwu 3,30,31
	mr 6,29
	mullw 4,30,31
	beq- 0,.L7
	bl __umoddi3
	mr 30,4
.L7:
	mulhwu 3,31,31
	li 5,0
	mullw 4,31,31
	mr 6,29
	bl __umoddi3
	srwi. 28,28,1
	mr 31,4
	bne+ 0,.L8
	cmplwi 0,30,1
	beq- 0,.L6
	cmplw 0,25,30
	beq- 0,.L6
	cmpwi 0,26,1
	ble- 0,.L19
	li 31,1
	b .L10
.L42:
	beq- 7,.L6
.L10:
	mulhwu 3,30,30
	addi 31,31,1
	mullw 4,30,30
	li 5,0
	mr 6,29
	bl __umoddi3
	cmpw 0,31,26
	mr 30,4
	cmplw 7,25,4
	bne+ 0,.L42
	cmplw 0,25,4
	bne- 0,.L19
.L6:
	cmplw 0,22,24
	bne+ 0,.L11
	li 3,1
.L40:
	lwz 0,52(1)
	lwz 22,8(1)
	.cfi_restore 22
	lwz 24,16(1)
	.cfi_restore 24
	lwz 25,20(1)
	.cfi_restore 25
	mtlr 0
	.cfi_restore 65
	lwz 26,24(1)
	.cfi_restore 26
	lwz 27,28(1)
	.cfi_restore 27
	lwz 28,32(1)
	.cfi_restore 28
	lwz 30,40(1)
	.cfi_restore 30
	lwz 31,44(1)
	.cfi_restore 31
	lwz 23,12(1)
	lwz 29,36(1)
	addi 1,1,48
	.cfi_restore 29
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
.L12:
	li 3,0
	blr
.L19:
	.cfi_def_cfa_offset 48
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
	li 3,0
	b .L40
.L13:
	.cfi_restore 22
	.cfi_restore 24
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 27
	.cfi_restore 28
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	li 3,2
.L3:
	xor 3,3,29
	lwz 23,12(1)
	cntlzw 3,3
	lwz 29,36(1)
	srwi 3,3,5
	addi 1,1,48
	.cfi_remember_state
	.cfi_restore 29
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
.L14:
	.cfi_restore_state
	li 3,3
	b .L3
.L15:
	li 3,5
	b .L3
.L16:
	li 3,7
	b .L3
	.cfi_endproc
.LFE6:
	.size	is_prime,.-is_prime
	.align 2
	.type	totient, @function
totient:
.LFB9:
	.cfi_startproc
	li 9,2
	mr 10,3
	b .L46
.L44:
	addi 9,9,1
	mullw 8,9,9
	cmplw 0,10,8
	blt- 0,.L54
.L46:
	divwu 8,10,9
	mullw 7,8,9
	cmpw 0,10,7
	bne+ 0,.L44
.L45:
	mr 10,8
	divwu 8,8,9
	mullw 7,8,9
	cmpw 0,10,7
	beq+ 0,.L45
	divwu 8,3,9
	addi 9,9,1
	subf 3,8,3
	mullw 8,9,9
	cmplw 0,10,8
	bge+ 0,.L46
.L54:
	cmplwi 0,10,1
	beqlr- 0
	divwu 10,3,10
	subf 3,10,3
	blr
	.cfi_endproc
.LFE9:
	.size	totient,.-totient
	.align 2
	.type	factor, @function
factor:
.LFB8:
	.cfi_startproc
	cmplwi 0,3,1
	beqlr- 0
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 27,12(1)
	stw 28,16(1)
	stw 30,24(1)
	stw 31,28(1)
	stw 29,20(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 29, -12
	mr 29,3
.L56:
	mr 3,29
	bl is_prime
	cmpwi 0,3,0
	bne- 0,.L79
	andi. 27,29,0x1
	li 28,2
	beq- 0,.L59
.L64:
	li 30,2
	li 31,2
.L63:
	mulhwu 3,31,31
	li 5,0
	mullw 4,31,31
	mr 6,29
	bl __umoddi3
	li 5,0
	add 9,27,4
	mulhwu 3,30,30
	divwu 31,9,29
	mr 6,29
	mullw 4,30,30
	mullw 31,31,29
	subf 31,31,9
	bl __umoddi3
	add 9,27,4
	li 5,0
	divwu 4,9,29
	mr 6,29
	mullw 4,4,29
	subf 4,4,9
	mulhwu 3,4,4
	mullw 4,4,4
	bl __umoddi3
	add 4,27,4
	divwu 30,4,29
	mullw 30,30,29
	subf 30,30,4
	cmplw 0,31,30
	subf 10,31,30
	ble- 0,.L61
	subf 10,30,31
.L61:
	mr 28,29
	b .L62
.L67:
	mr 28,9
.L62:
	divwu 9,10,28
	mullw 9,9,28
	subf. 9,9,10
	mr 10,28
	bne+ 0,.L67
	cmplwi 0,28,1
	beq+ 0,.L63
	cmplw 0,28,29
	bne- 0,.L59
	addi 27,27,1
	b .L64
.L59:
	mr 3,28
	bl factor
	divwu 29,29,28
	cmplwi 0,29,1
	bne+ 0,.L56
	lwz 0,36(1)
	lwz 27,12(1)
	lwz 28,16(1)
	lwz 29,20(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L79:
	.cfi_restore_state
	li 3,32
	bl print_char
	lwz 0,36(1)
	lwz 27,12(1)
	mr 3,29
	lwz 28,16(1)
	lwz 29,20(1)
	mtlr 0
	.cfi_restore 65
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	b print_uint
	.cfi_endproc
.LFE8:
	.size	factor,.-factor
	.globl __moddi3
	.globl __divdi3
	.align 2
	.type	egcd.part.0, @function
egcd.part.0:
.LFB11:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 16,32(1)
	stw 20,48(1)
	stw 21,52(1)
	stw 23,60(1)
	.cfi_register 65, 0
	.cfi_offset 16, -64
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 23, -36
	mr 23,3
	stw 24,64(1)
	.cfi_offset 24, -32
	mr 24,4
	stw 27,76(1)
	.cfi_offset 27, -20
	mr 27,7
	stw 28,80(1)
	.cfi_offset 28, -16
	mr 28,8
	stw 29,84(1)
	.cfi_offset 29, -12
	mr 29,5
	stw 30,88(1)
	.cfi_offset 30, -8
	mr 30,6
	stw 0,100(1)
	.cfi_offset 65, 4
	bl __moddi3
	mr 16,3
	mr 21,4
	or. 9,4,16
	mr 20,16
	bne- 0,.L94
	li 10,0
	li 9,1
.L81:
	lwz 0,100(1)
	mr 3,29
	stw 20,0(27)
	mr 4,30
	stw 21,4(27)
	stw 10,0(28)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	stw 9,4(28)
	lwz 16,32(1)
	lwz 20,48(1)
	lwz 21,52(1)
	lwz 23,60(1)
	lwz 24,64(1)
	lwz 27,76(1)
	lwz 28,80(1)
	lwz 29,84(1)
	lwz 30,88(1)
	addi 1,1,96
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 16
	.cfi_def_cfa_offset 0
	blr
.L94:
	.cfi_restore_state
	stw 31,92(1)
	.cfi_offset 31, -4
	mr 6,4
	mr 31,4
	mr 5,16
	mr 3,29
	mr 4,30
	stw 17,36(1)
	.cfi_offset 17, -60
	stw 22,56(1)
	.cfi_offset 22, -40
	stw 25,68(1)
	.cfi_offset 25, -28
	stw 26,72(1)
	.cfi_offset 26, -24
	bl __moddi3
	mr 17,3
	mr 22,4
	or. 9,4,17
	mr 26,17
	mr 25,4
	beq- 0,.L90
	mr 6,4
	mr 5,17
	mr 3,16
	mr 4,21
	stw 18,40(1)
	.cfi_offset 18, -56
	stw 19,44(1)
	.cfi_offset 19, -52
	stw 15,28(1)
	.cfi_offset 15, -68
	bl __moddi3
	mr 19,3
	mr 18,4
	or. 9,4,19
	bne- 0,.L95
	li 15,0
	li 17,1
.L85:
	mr 6,31
	mr 5,16
	mr 3,29
	mr 4,30
	bl __divdi3
	mr 20,26
	mullw 10,15,4
	mr 21,25
	mullw 22,3,17
	mr 26,15
	mulhwu 9,4,17
	lwz 15,28(1)
	.cfi_restore 15
	mullw 31,4,17
	mr 25,17
	add 22,22,10
	add 22,22,9
	subfc 31,31,18
	lwz 18,40(1)
	.cfi_restore 18
	subfe 22,22,19
	lwz 19,44(1)
	.cfi_restore 19
	b .L83
.L90:
	li 22,0
	li 31,1
.L83:
	mr 5,29
	mr 6,30
	mr 3,23
	mr 4,24
	bl __divdi3
	mr 29,20
	mullw 3,3,31
	mr 30,21
	mullw 10,22,4
	mr 20,22
	mulhwu 8,4,31
	mr 21,31
	mullw 9,4,31
	lwz 17,36(1)
	.cfi_restore 17
	add 10,3,10
	lwz 22,56(1)
	.cfi_restore 22
	add 10,10,8
	lwz 31,92(1)
	.cfi_restore 31
	subfc 9,9,25
	lwz 25,68(1)
	.cfi_restore 25
	subfe 10,10,26
	lwz 26,72(1)
	.cfi_restore 26
	b .L81
.L95:
	.cfi_offset 15, -68
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 22, -40
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 31, -4
	mr 6,4
	mr 5,19
	mr 3,17
	mr 4,22
	stw 14,24(1)
	.cfi_offset 14, -72
	bl __moddi3
	mr 21,3
	mr 14,4
	or. 9,4,21
	beq- 0,.L92
	mr 5,21
	mr 6,4
	addi 8,1,8
	addi 7,1,16
	mr 3,19
	mr 4,18
	bl egcd.part.0
	lwz 14,12(1)
	lwz 21,8(1)
	mr 26,3
	mr 25,4
	mr 5,19
	mr 6,18
	mr 3,17
	mr 4,22
	mr 18,25
	bl __divdi3
	lwz 9,20(1)
	mullw 10,21,4
	mr 19,26
	mullw 15,3,14
	mulhwu 8,4,14
	mullw 4,4,14
	add 15,15,10
	lwz 10,16(1)
	add 15,15,8
	subfc 20,4,9
	subfe 15,15,10
.L87:
	mr 5,17
	mr 6,22
	mr 3,16
	mr 4,31
	bl __divdi3
	mr 26,19
	mullw 10,15,4
	mr 19,15
	mullw 3,3,20
	mr 25,18
	mulhwu 9,4,20
	mr 18,20
	mullw 17,4,20
	add 3,3,10
	add 15,3,9
	subfc 17,17,14
	lwz 14,24(1)
	.cfi_remember_state
	.cfi_restore 14
	subfe 15,15,21
	b .L85
.L92:
	.cfi_restore_state
	li 15,0
	li 20,1
	b .L87
	.cfi_endproc
.LFE11:
	.size	egcd.part.0,.-egcd.part.0
	.globl __udivdi3
	.align 2
	.type	inverse, @function
inverse:
.LFB3:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 31,60(1)
	.cfi_offset 31, -4
	mr. 31,4
	stw 28,48(1)
	stw 29,52(1)
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	bne- 0,.L115
	mr 9,3
	li 29,0
	li 28,1
.L110:
	cmplwi 0,9,1
	bne- 0,.L109
	mflr 0
	.cfi_register 65, 0
	mr 6,31
	mr 3,29
	mr 4,28
	li 5,0
	stw 0,68(1)
	.cfi_offset 65, 4
	bl __moddi3
	mr 6,31
	addc 4,4,31
	li 5,0
	addze 3,3
	bl __moddi3
	lwz 0,68(1)
	lwz 28,48(1)
	mr 3,4
	lwz 29,52(1)
	lwz 31,60(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,64
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
.L115:
	.cfi_def_cfa_offset 64
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mflr 0
	.cfi_register 65, 0
	mr 4,3
	li 5,0
	mr 6,31
	li 3,0
	stw 26,40(1)
	.cfi_offset 26, -24
	stw 30,56(1)
	.cfi_offset 30, -8
	stw 0,68(1)
	.cfi_offset 65, 4
	bl __moddi3
	mr 26,3
	mr 30,4
	or. 9,4,26
	mr 29,26
	mr 28,4
	mr 9,31
	beq- 0,.L113
	mr 6,4
	mr 5,26
	li 3,0
	mr 4,31
	stw 23,28(1)
	.cfi_offset 23, -36
	stw 24,32(1)
	.cfi_offset 24, -32
	stw 22,24(1)
	.cfi_offset 22, -40
	bl __moddi3
	mr 23,3
	mr 24,4
	or. 9,4,23
	bne- 0,.L116
	li 10,0
	li 22,1
.L100:
	lwz 0,68(1)
	cmpwi 0,29,0
	mr 9,28
	lwz 23,28(1)
	.cfi_restore 23
	mr 28,22
	lwz 24,32(1)
	.cfi_restore 24
	lwz 22,24(1)
	.cfi_restore 22
	mr 29,10
	lwz 26,40(1)
	.cfi_restore 26
	mtlr 0
	.cfi_restore 65
	lwz 30,56(1)
	.cfi_restore 30
	beq- 0,.L110
.L109:
	lwz 28,48(1)
	li 3,0
	lwz 29,52(1)
	lwz 31,60(1)
	addi 1,1,64
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
.L113:
	.cfi_def_cfa_offset 64
	.cfi_offset 26, -24
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	lwz 0,68(1)
	lwz 26,40(1)
	.cfi_restore 26
	lwz 30,56(1)
	.cfi_restore 30
	mtlr 0
	.cfi_restore 65
	b .L110
.L116:
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 26, -24
	.cfi_offset 30, -8
	.cfi_offset 65, 4
	mr 6,4
	mr 5,23
	mr 3,26
	mr 4,30
	stw 25,36(1)
	.cfi_offset 25, -28
	stw 27,44(1)
	.cfi_offset 27, -20
	bl __moddi3
	mr 25,3
	mr 22,4
	or. 9,4,25
	beq- 0,.L108
	mr 5,25
	mr 6,4
	addi 8,1,8
	addi 7,1,16
	mr 3,23
	mr 4,24
	bl egcd.part.0
	lwz 22,12(1)
	lwz 25,8(1)
	mr 9,4
	mr 29,3
	mr 5,23
	mr 6,24
	mr 3,26
	mr 4,30
	mr 24,9
	bl __divdi3
	lwz 9,20(1)
	mullw 10,25,4
	mr 23,29
	mullw 28,3,22
	mulhwu 8,4,22
	mullw 27,4,22
	add 28,28,10
	lwz 10,16(1)
	add 28,28,8
	subfc 27,27,9
	subfe 28,28,10
.L102:
	mr 5,26
	mr 6,30
	li 3,0
	mr 4,31
	bl __divdi3
	mr 29,23
	mullw 10,3,27
	mullw 8,28,4
	mr 28,24
	mulhwu 7,4,27
	mullw 9,4,27
	lwz 27,44(1)
	.cfi_remember_state
	.cfi_restore 27
	add 10,10,8
	add 10,10,7
	subfc 22,9,22
	subfe 10,10,25
	lwz 25,36(1)
	.cfi_restore 25
	b .L100
.L108:
	.cfi_restore_state
	li 28,0
	li 27,1
	b .L102
	.cfi_endproc
.LFE3:
	.size	inverse,.-inverse
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC2:
	.string	"gcd"
	.align 2
.LC3:
	.string	"lcm="
	.align 2
.LC4:
	.string	"egcd(240,46)="
	.align 2
.LC5:
	.string	"inverse 17 mod 3120"
	.align 2
.LC6:
	.string	"2^1000000 mod 1e9+7"
	.align 2
.LC7:
	.string	"fermat"
	.align 2
.LC8:
	.string	"primes near 2^32"
	.align 2
.LC9:
	.string	"phi(36)"
	.align 2
.LC10:
	.string	"phi(1000000)"
	.align 2
.LC11:
	.string	"crt"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB10:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	li 9,462
	li 4,1071
	stw 0,100(1)
	stw 23,60(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 30,88(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
.L118:
	divwu 10,4,9
	mr 8,9
	mullw 9,10,9
	subf 9,9,4
	mr 4,8
	cmpwi 0,9,0
	bne+ 0,.L118
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl print_str
	li 9,-17
	li 8,-5
.L119:
	divwu 10,8,9
	mr 7,9
	mullw 10,10,9
	subf 9,10,8
	mr 8,7
	cmpwi 0,9,0
	bne+ 0,.L119
	li 10,-5
	lis 27,0x3b9a
	divwu 10,10,7
	li 28,20
	li 31,2
	li 29,1
	li 26,0
	ori 27,27,0xca07
	slwi 8,10,28
	srwi 7,10,4
	subfc 8,10,8
	subfe 7,9,7
	srwi 3,8,28
	slwi 8,8,4
	rlwimi 3,7,4,0,31-4
	subfc 4,10,8
	subfe 3,9,3
	bl print_u64
	bl print_nl
	addi 8,1,32
	addi 7,1,40
	li 5,0
	li 6,46
	li 3,0
	li 4,240
	bl egcd.part.0
	lis 9,.LC4@ha
	mr 30,4
	mr 25,3
	la 3,.LC4@l(9)
	bl print_str
	mr 4,30
	mr 3,25
	lis 30,0xf
	bl print_i64
	li 3,32
	bl print_char
	lwz 4,44(1)
	lwz 3,40(1)
	ori 30,30,0x4240
	bl print_i64
	li 3,32
	bl print_char
	lwz 3,32(1)
	lwz 4,36(1)
	bl print_i64
	bl print_nl
	li 4,3120
	li 3,17
	bl inverse
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
.L121:
	andi. 9,30,0x1
	mr 5,26
	mulhwu 3,31,29
	mr 6,27
	mullw 4,31,29
	srwi 30,30,1
	beq- 0,.L120
	bl __umoddi3
	mr 29,4
.L120:
	mulhwu 3,31,31
	mr 5,26
	mullw 4,31,31
	mr 6,27
	bl __umoddi3
	addic. 28,28,-1
	mr 31,4
	bne+ 0,.L121
	lis 3,.LC6@ha
	mr 4,29
	la 3,.LC6@l(3)
	li 28,32
	bl show_int
	li 29,-6
	li 30,1
	li 31,3
	li 26,0
	li 27,-5
.L123:
	andi. 9,29,0x1
	mr 5,26
	mulhwu 3,31,30
	mr 6,27
	mullw 4,31,30
	srwi 29,29,1
	beq- 0,.L122
	bl __umoddi3
	mr 30,4
.L122:
	mulhwu 3,31,31
	mr 5,26
	mullw 4,31,31
	mr 6,27
	bl __umoddi3
	addic. 28,28,-1
	mr 31,4
	bne+ 0,.L123
	lis 3,.LC7@ha
	mr 4,30
	la 3,.LC7@l(3)
	li 29,0
	bl show_int
	li 3,-296
	bl is_prime
	mr 30,3
	li 3,-295
.L124:
	addi 31,3,1
	bl is_prime
	mr 9,3
	mr 3,31
	add 30,30,9
	bl is_prime
	cmpwi 0,31,-2
	add 29,29,3
	addi 3,31,1
	bne+ 0,.L124
	add 30,30,29
	lis 3,.LC8@ha
	lis 23,.LANCHOR0@ha
	mr 4,30
	la 3,.LC8@l(3)
	la 23,.LANCHOR0@l(23)
	bl show_int
	li 24,5
	addi 29,23,8
.L125:
	lwzu 31,4(29)
	mr 3,31
	bl print_uint
	li 3,58
	bl print_char
	mr 3,31
	bl factor
	bl print_nl
	addic. 24,24,-1
	bne+ 0,.L125
	li 3,36
	lis 28,0x3813
	bl totient
	addi 29,1,16
	mr 4,3
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	addi 27,1,4
	bl show_int
	lis 3,0xf
	ori 3,3,0x4240
	addi 25,1,28
	bl totient
	li 26,105
	mr 4,3
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	ori 28,28,0x8139
	bl show_int
	lwz 9,32(23)
	lwz 6,36(23)
	lwz 7,40(23)
	lwz 8,44(23)
	stw 9,20(1)
	lwz 10,48(23)
	lwz 9,52(23)
	stw 6,24(1)
	stw 7,28(1)
	stw 8,8(1)
	stw 10,12(1)
	stw 9,16(1)
.L126:
	lwzu 4,4(29)
	divwu 31,26,4
	divwu 3,31,4
	mullw 3,3,4
	subf 3,3,31
	bl inverse
	lwzu 9,4(27)
	cmplw 0,25,29
	mullw 31,31,9
	mulhwu 9,31,28
	subf 10,9,31
	srwi 10,10,1
	add 9,9,10
	srwi 9,9,6
	mulli 9,9,105
	subf 9,9,31
	mullw 9,9,3
	add 24,9,24
	mulhwu 10,24,28
	subf 8,10,24
	srwi 8,8,1
	add 10,10,8
	srwi 10,10,6
	mulli 10,10,105
	subf 24,10,24
	bne+ 0,.L126
	lis 3,.LC11@ha
	mr 4,24
	la 3,.LC11@l(3)
	bl show_int
	lwz 0,100(1)
	add 3,24,30
	lwz 23,60(1)
	lwz 24,64(1)
	lwz 25,68(1)
	mtlr 0
	.cfi_restore 65
	lwz 26,72(1)
	lwz 27,76(1)
	lwz 28,80(1)
	lwz 29,84(1)
	lwz 30,88(1)
	lwz 31,92(1)
	addi 1,1,96
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE10:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	bases.0, @object
	.size	bases.0, 12
bases.0:
	.long	2
	.long	7
	.long	61
	.type	nums.2, @object
	.size	nums.2, 20
nums.2:
	.long	600851475
	.long	-1
	.long	2147483647
	.long	-1294967485
	.long	-1079935545
.LC0:
	.long	3
	.long	5
	.long	7
.LC1:
	.long	2
	.long	3
	.long	2
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
