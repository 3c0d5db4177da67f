	.file	"numtheory.c"
	.machine "440"
	.section	".text"
	.globl __umoddi3
	.align 2
	.type	powmod, @function
powmod:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stmw 28,16(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 30,1
	divwu 30,30,5
	stw 0,36(1)
	.cfi_offset 65, 4
	mr 28,4
	mr 29,5
	divwu 31,3,5
	mullw 30,30,5
	mullw 31,31,5
	subfic 30,30,1
	subf 31,31,3
.L3:
	andi. 9,28,0x1
	beq- 0,.L2
	mulhwu 3,31,30
	li 5,0
	mullw 4,31,30
	mr 6,29
	bl __umoddi3
	mr 30,4
.L2:
	mulhwu 3,31,31
	li 5,0
	mullw 4,31,31
	mr 6,29
	bl __umoddi3
	srwi. 28,28,1
	mr 31,4
	bne+ 0,.L3
	addi 11,1,32
	mr 3,30
	b _restgpr_28_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 65
	.cfi_endproc
.LFE5:
	.size	powmod,.-powmod
	.align 2
	.type	is_prime, @function
is_prime:
.LFB6:
	.cfi_startproc
	cmplwi 0,3,1
	ble- 0,.L19
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	andi. 9,3,0x1
	mflr 0
	stmw 25,20(1)
	.cfi_register 65, 0
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	stw 0,52(1)
	.cfi_offset 65, 4
	beq- 0,.L20
	lis 9,0xaaaa
	lis 10,0x5555
	ori 9,9,0xaaab
	ori 10,10,0x5555
	mullw 9,3,9
	cmplw 0,9,10
	ble- 0,.L21
	lis 9,0xcccc
	lis 10,0x3333
	ori 9,9,0xcccd
	ori 10,10,0x3333
	mullw 9,3,9
	cmplw 0,9,10
	ble- 0,.L22
	lis 9,0xb6db
	lis 10,0x2492
	ori 9,9,0x6db7
	ori 10,10,0x4924
	mullw 9,3,9
	cmplw 0,9,10
	ble- 0,.L23
	addi 27,3,-1
	li 28,0
	mr 29,27
.L12:
	andi. 9,29,0x1
	beq+ 0,.L13
	lis 26,.LANCHOR0@ha
	li 30,0
	la 26,.LANCHOR0@l(26)
.L18:
	slwi 9,30,2
	lwzx 9,9,26
	divwu 3,9,31
	mullw 3,3,31
	subf. 3,3,9
	beq- 0,.L14
	mr 4,29
	mr 5,31
	bl powmod
	cmplwi 0,3,1
	mr 4,3
	beq- 0,.L14
	cmplw 0,27,3
	li 25,1
	li 9,1
	bne+ 0,.L15
.L14:
	addi 30,30,1
	cmpwi 0,30,3
	bne+ 0,.L18
	li 3,1
	b .L9
.L20:
	li 3,2
.L11:
	xor 3,3,31
	cntlzw 3,3
	srwi 3,3,5
.L9:
	addi 11,1,48
	b _restgpr_25_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 65
.L21:
	.cfi_restore_state
	li 3,3
	b .L11
.L22:
	li 3,5
	b .L11
.L23:
	li 3,7
	b .L11
.L13:
	srwi 29,29,1
	addi 28,28,1
	b .L12
.L17:
	mulhwu 3,4,4
	li 5,0
	mullw 4,4,4
	mr 6,31
	addi 25,25,1
	bl __umoddi3
	xor 10,27,4
	addic 9,10,-1
	subfe 9,9,10
.L15:
	cmpw 7,28,25
	cmpwi 0,9,0
	ble- 7,.L16
	bne+ 0,.L17
	b .L14
.L16:
	beq+ 0,.L14
	li 3,0
	b .L9
.L19:
	.cfi_def_cfa_offset 0
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 27
	.cfi_restore 28
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	li 3,0
	blr
	.cfi_endproc
.LFE6:
	.size	is_prime,.-is_prime
	.align 2
	.type	totient, @function
totient:
.LFB9:
	.cfi_startproc
	mr 9,3
	li 10,2
.L40:
	divwu 8,9,10
	mullw 8,8,10
	cmpw 0,9,8
	bne+ 0,.L38
.L37:
	divwu 8,9,10
	mullw 7,8,10
	cmpw 0,9,7
	beq+ 0,.L39
	divwu 8,3,10
	subf 3,8,3
.L38:
	addi 10,10,1
	mullw 8,10,10
	cmplw 0,9,8
	bge+ 0,.L40
	cmplwi 0,9,1
	beqlr- 0
	divwu 9,3,9
	subf 3,9,3
	blr
.L39:
	mr 9,8
	b .L37
	.cfi_endproc
.LFE9:
	.size	totient,.-totient
	.align 2
	.type	factor, @function
factor:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stmw 27,12(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
.L57:
	cmplwi 0,31,1
	beq- 0,.L48
	mr 3,31
	bl is_prime
	cmpwi 0,3,0
	beq+ 0,.L50
	li 3,32
	bl print_char
	lwz 0,36(1)
	lwz 27,12(1)
	mr 3,31
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
	b print_uint
.L50:
	.cfi_restore_state
	andi. 27,31,0x1
	li 28,2
	beq- 0,.L51
.L56:
	li 29,2
	li 30,2
.L55:
	mulhwu 3,30,30
	li 5,0
	mullw 4,30,30
	mr 6,31
	bl __umoddi3
	li 5,0
	add 4,27,4
	mulhwu 3,29,29
	divwu 30,4,31
	mr 6,31
	mullw 30,30,31
	subf 30,30,4
	mullw 4,29,29
	bl __umoddi3
	li 5,0
	add 9,27,4
	mr 6,31
	divwu 4,9,31
	mullw 4,4,31
	subf 4,4,9
	mulhwu 3,4,4
	mullw 4,4,4
	bl __umoddi3
	add 4,27,4
	divwu 29,4,31
	mullw 29,29,31
	subf 29,29,4
	cmplw 0,30,29
	subf 10,30,29
	ble- 0,.L53
	subf 10,29,30
.L53:
	mr 9,31
.L54:
	mr 28,9
	divwu 9,10,9
	mullw 9,9,28
	subf 9,9,10
	mr 10,28
	cmpwi 0,9,0
	bne+ 0,.L54
	cmplwi 0,28,1
	beq+ 0,.L55
	cmplw 0,31,28
	bne- 0,.L51
	addi 27,27,1
	b .L56
.L51:
	mr 3,28
	bl factor
	divwu 31,31,28
	b .L57
.L48:
	addi 11,1,32
	b _restgpr_27_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
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
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stmw 22,24(1)
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
	mr 30,5
	stw 0,68(1)
	.cfi_offset 65, 4
	mr 22,3
	mr 23,4
	mr 31,6
	mr 24,7
	mr 27,8
	bl __moddi3
	mr 5,3
	or. 9,4,5
	bne- 0,.L65
	li 10,0
	li 11,1
	stw 10,16(1)
	li 10,0
	stw 11,20(1)
	li 11,0
	stw 10,8(1)
	mr 28,30
	stw 11,12(1)
	mr 29,31
.L66:
	lwz 26,12(1)
	mr 5,30
	lwz 25,8(1)
	mr 6,31
	mr 3,22
	mr 4,23
	stw 26,4(24)
	stw 25,0(24)
	bl __divdi3
	lwz 10,20(1)
	mullw 8,4,26
	mullw 9,3,26
	mr 3,28
	mullw 25,25,4
	mulhwu 4,4,26
	subfc 8,8,10
	lwz 10,16(1)
	add 9,9,25
	stw 8,4(27)
	add 9,9,4
	mr 4,29
	subfe 9,9,10
	stw 9,0(27)
	addi 11,1,64
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
.L65:
	.cfi_restore_state
	mr 6,4
	addi 8,1,8
	addi 7,1,16
	mr 3,30
	mr 4,31
	bl egcd.part.0
	mr 28,3
	mr 29,4
	b .L66
	.cfi_endproc
.LFE11:
	.size	egcd.part.0,.-egcd.part.0
	.align 2
	.type	inverse, @function
inverse:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 31,28(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,4
	cmpwi 0,31,0
	stw 0,36(1)
	.cfi_offset 65, 4
	mr 4,3
	bne- 0,.L69
	li 10,0
	li 11,1
	stw 10,16(1)
	stw 11,20(1)
.L73:
	cmplwi 0,4,1
	bne- 0,.L72
	lwz 3,16(1)
	li 5,0
	lwz 4,20(1)
	mr 6,31
	bl __moddi3
	li 5,0
	addc 4,4,31
	mr 6,31
	addze 3,3
	bl __moddi3
	mr 3,4
.L68:
	addi 11,1,32
	b _restgpr_31_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 65
.L69:
	.cfi_restore_state
	addi 8,1,8
	addi 7,1,16
	li 5,0
	mr 6,31
	li 3,0
	bl egcd.part.0
	cmpwi 0,3,0
	beq- 0,.L73
.L72:
	li 3,0
	b .L68
	.cfi_endproc
.LFE3:
	.size	inverse,.-inverse
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"gcd"
.LC3:
	.string	"lcm="
.LC4:
	.string	"egcd(240,46)="
.LC5:
	.string	"inverse 17 mod 3120"
.LC6:
	.string	"2^1000000 mod 1e9+7"
.LC7:
	.string	"fermat"
.LC8:
	.string	"primes near 2^32"
.LC9:
	.string	"phi(36)"
.LC10:
	.string	"phi(1000000)"
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
	stmw 25,68(1)
	.cfi_offset 65, 4
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
.L76:
	mr 10,9
	divwu 9,4,9
	mullw 9,9,10
	subf 9,9,4
	mr 4,10
	cmpwi 0,9,0
	bne+ 0,.L76
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl print_str
	li 9,-17
	li 10,-5
.L77:
	mr 8,9
	divwu 9,10,9
	mullw 9,9,8
	subf 9,9,10
	mr 10,8
	cmpwi 0,9,0
	bne+ 0,.L77
	li 4,-5
	li 3,-17
	divwu 4,4,8
	li 28,0
	mulhwu 3,4,3
	mulli 4,4,-17
	bl print_u64
	bl print_nl
	addi 8,1,32
	addi 7,1,40
	li 6,46
	li 5,0
	li 3,0
	li 4,240
	bl egcd.part.0
	mr 30,3
	lis 3,.LC4@ha
	mr 31,4
	la 3,.LC4@l(3)
	bl print_str
	mr 4,31
	mr 3,30
	li 31,-296
	bl print_i64
	li 3,32
	bl print_char
	lwz 4,44(1)
	lwz 3,40(1)
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
	lis 5,0x3b9a
	lis 4,0xf
	ori 5,5,0xca07
	ori 4,4,0x4240
	li 3,2
	bl powmod
	mr 4,3
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	li 5,-5
	li 4,-6
	li 3,3
	bl powmod
	mr 4,3
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
.L78:
	mr 3,31
	addi 31,31,1
	bl is_prime
	cmpwi 0,31,-1
	add 28,28,3
	bne+ 0,.L78
	lis 3,.LC8@ha
	lis 30,.LANCHOR0@ha
	mr 4,28
	la 3,.LC8@l(3)
	la 30,.LANCHOR0@l(30)
	bl show_int
	addi 27,30,8
	li 31,5
.L79:
	lwzu 29,4(27)
	mr 3,29
	bl print_uint
	li 3,58
	bl print_char
	mr 3,29
	bl factor
	bl print_nl
	addic. 31,31,-1
	bne+ 0,.L79
	li 3,36
	li 29,0
	bl totient
	addi 25,1,20
	mr 4,3
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	li 27,105
	bl show_int
	lis 3,0xf
	ori 3,3,0x4240
	addi 26,1,8
	bl totient
	mr 4,3
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl show_int
	lwz 8,32(30)
	lwz 10,36(30)
	lwz 9,40(30)
	stw 8,20(1)
	stw 10,24(1)
	stw 9,28(1)
	lwz 8,44(30)
	lwz 10,48(30)
	lwz 9,52(30)
	stw 8,8(1)
	stw 10,12(1)
	stw 9,16(1)
.L80:
	lwzx 4,29,25
	divwu 30,27,4
	divwu 3,30,4
	mullw 3,3,4
	subf 3,3,30
	bl inverse
	lwzx 9,29,26
	addi 29,29,4
	cmplwi 0,29,12
	mullw 30,30,9
	divwu 9,30,27
	mulli 9,9,105
	subf 9,9,30
	mullw 3,9,3
	add 3,3,31
	divwu 31,3,27
	mulli 31,31,105
	subf 31,31,3
	bne+ 0,.L80
	lis 3,.LC11@ha
	mr 4,31
	la 3,.LC11@l(3)
	bl show_int
	addi 11,1,96
	add 3,31,28
	b _restgpr_25_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 65
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
