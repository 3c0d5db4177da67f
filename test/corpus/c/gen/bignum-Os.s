	.file	"bignum.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	norm, @function
norm:
.LFB0:
	.cfi_startproc
.L2:
	lwz 9,96(3)
	cmpwi 0,9,0
	blelr- 0
	addi 9,9,-1
	slwi 10,9,2
	lwzx 10,3,10
	cmpwi 0,10,0
	bnelr- 0
	stw 9,96(3)
	b .L2
	.cfi_endproc
.LFE0:
	.size	norm,.-norm
	.align 2
	.type	add, @function
add:
.LFB2:
	.cfi_startproc
	lwz 0,96(4)
	lwz 11,96(5)
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mr 10,0
	cmpw 0,11,0
	stmw 30,8(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	blt- 0,.L6
	mr 10,11
.L6:
	cmpwi 0,10,0
	li 8,0
	li 6,0
	li 9,0
	li 30,0
	addi 7,10,1
	bge+ 0,.L7
	li 7,1
.L7:
	cmpwi 0,7,1
	addi 7,7,-1
	bne+ 0,.L10
	cmpwi 0,9,0
	bne- 0,.L11
	stw 10,96(3)
.L5:
	lmw 30,8(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
.L10:
	.cfi_restore_state
	cmpw 0,0,6
	li 31,0
	ble- 0,.L8
	lwzx 31,4,8
.L8:
	cmpw 0,11,6
	li 12,0
	ble- 0,.L9
	lwzx 12,5,8
.L9:
	addc 9,9,31
	addi 6,6,1
	addze 31,30
	addc 9,9,12
	stwx 9,3,8
	addze 9,31
	addi 8,8,4
	b .L7
.L11:
	addi 9,10,1
	slwi 10,10,2
	stw 9,96(3)
	li 9,1
	stwx 9,3,10
	b .L5
	.cfi_endproc
.LFE2:
	.size	add,.-add
	.globl __udivdi3
	.globl __divdi3
	.globl __umoddi3
	.globl __moddi3
	.align 2
	.type	div_small, @function
div_small:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stmw 26,8(1)
	.cfi_register 65, 0
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 30,3
	lwz 29,96(3)
	mr 28,4
	stw 0,36(1)
	.cfi_offset 65, 4
	li 31,0
	addi 29,29,-1
.L19:
	cmpwi 0,29,0
	bge+ 0,.L20
	mr 3,30
	bl norm
	addi 11,1,32
	mr 3,31
	b _restgpr_26_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
.L20:
	.cfi_restore_state
	slwi 26,29,2
	li 5,0
	lwzx 27,30,26
	mr 6,28
	mr 3,31
	addi 29,29,-1
	mr 4,27
	bl __udivdi3
	mr 3,31
	stwx 4,30,26
	li 5,0
	mr 6,28
	mr 4,27
	bl __umoddi3
	mr 31,4
	b .L19
	.cfi_endproc
.LFE6:
	.size	div_small,.-div_small
	.align 2
	.type	cmp, @function
cmp:
.LFB7:
	.cfi_startproc
	lwz 9,96(3)
	lwz 10,96(4)
	cmpw 0,9,10
	beq- 0,.L23
	bge- 0,.L29
.L31:
	li 3,-1
	blr
.L23:
	addi 10,9,-1
	addi 9,9,1
	cmpwi 0,10,-1
	mtctr 9
	bge+ 0,.L25
	li 9,1
	mtctr 9
.L25:
	bdnz .L27
	li 3,0
	blr
.L27:
	slwi 9,10,2
	lwzx 8,3,9
	lwzx 9,4,9
	cmplw 0,8,9
	beq+ 0,.L26
	blt- 0,.L31
.L29:
	li 3,1
	blr
.L26:
	addi 10,10,-1
	b .L25
	.cfi_endproc
.LFE7:
	.size	cmp,.-cmp
	.align 2
	.type	mul, @function
mul:
.LFB4:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	mflr 0
	stmw 26,120(1)
	.cfi_register 65, 0
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	addi 31,1,8
	mr 29,4
	mr 28,5
	li 4,0
	mr 27,3
	li 5,100
	mr 3,31
	stw 0,148(1)
	.cfi_offset 65, 4
	bl memset
	lwz 9,96(29)
	mr 4,31
	lwz 11,96(28)
	li 10,0
	li 3,0
.L33:
	cmpw 0,9,10
	ble- 0,.L37
	cmpwi 0,11,0
	slwi 26,10,2
	mr 30,4
	li 12,0
	li 8,0
	addi 0,11,1
	bge+ 0,.L38
	li 0,1
	b .L38
.L35:
	slwi 7,12,2
	lwzx 5,29,26
	lwzx 7,28,7
	addi 12,12,1
	addi 30,30,4
	mullw 6,7,5
	mulhwu 5,7,5
	lwz 7,-4(30)
	addc 7,7,8
	adde 8,3,3
	addc 6,6,7
	stw 6,-4(30)
	adde 8,5,8
.L38:
	cmpwi 0,0,1
	mr 7,0
	addi 0,7,-1
	beq- 0,.L34
	add 7,12,10
	cmpwi 0,7,23
	ble+ 0,.L35
.L34:
	add 7,11,10
	cmpwi 0,7,23
	bgt- 0,.L36
	slwi 7,7,2
	stwx 8,31,7
.L36:
	addi 10,10,1
	addi 4,4,4
	b .L33
.L37:
	add 9,9,11
	cmpwi 0,9,24
	ble- 0,.L39
	li 9,24
.L39:
	mr 3,31
	stw 9,104(1)
	bl norm
	li 5,100
	mr 4,31
	mr 3,27
	bl memcpy
	addi 11,1,144
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
	.cfi_endproc
.LFE4:
	.size	mul,.-mul
	.align 2
	.type	print_big, @function
print_big:
.LFB8:
	.cfi_startproc
	stwu 1,-384(1)
	.cfi_def_cfa_offset 384
	mflr 0
	li 5,100
	stmw 28,368(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 29,3
	lis 28,0x3b9a
	addi 3,1,252
	stw 0,388(1)
	.cfi_offset 65, 4
	li 30,0
	bl memcpy
	ori 28,28,0xca00
	li 31,10
.L46:
	mr 4,28
	addi 3,1,252
	bl div_small
	addi 9,1,7
	add 8,9,30
	li 9,9
	mtctr 9
.L45:
	divwu 10,3,31
	mulli 9,10,10
	subf 9,9,3
	mr 3,10
	addi 9,9,48
	stbu 9,1(8)
	bdnz .L45
	lwz 10,348(1)
	addi 9,30,9
	cmpwi 0,10,0
	bne+ 0,.L52
	addi 31,30,8
	addi 28,1,8
	lbzx 10,31,28
	addi 8,30,7
	mtctr 8
	cmpwi 0,10,48
	beq+ 0,.L51
	b .L64
.L52:
	mr 30,9
	b .L46
.L49:
	bdz .L48
.L51:
	mr 9,31
	addi 31,31,-1
	lbzx 10,28,31
	cmpwi 0,10,48
	beq+ 0,.L49
.L64:
	mr 31,9
.L48:
	mr 3,29
	bl print_str
	li 3,61
	bl print_char
.L50:
	addi 31,31,-1
	lbzx 3,28,31
	bl print_char
	cmpwi 0,31,0
	bne+ 0,.L50
	lwz 0,388(1)
	lwz 28,368(1)
	lwz 29,372(1)
	lwz 30,376(1)
	mtlr 0
	.cfi_restore 65
	lwz 31,380(1)
	addi 1,1,384
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	b print_nl
	.cfi_endproc
.LFE8:
	.size	print_big,.-print_big
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"100!"
.LC1:
	.string	"100! limbs"
.LC2:
	.string	"2^256"
.LC3:
	.string	"fib(300)"
.LC4:
	.string	"(a*b)/b == a"
.LC5:
	.string	"2^256-fib(300)"
.LC6:
	.string	"round trip"
.LC7:
	.string	"100! mod 1000003"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-832(1)
	.cfi_def_cfa_offset 832
	mflr 0
	li 5,100
	li 4,0
	addi 3,1,708
	stw 0,836(1)
	stmw 29,820(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl memset
	li 9,1
	li 3,0
	stw 9,708(1)
	li 11,0
	stw 9,804(1)
	li 10,1
	li 9,2
.L66:
	cmpwi 0,10,0
	addi 4,1,708
	li 8,0
	addi 5,10,1
	bge+ 0,.L71
	li 5,1
	b .L71
.L67:
	lwz 7,0(4)
	addi 4,4,4
	mullw 6,7,9
	mullw 0,3,7
	mulhwu 7,7,9
	addc 6,6,8
	stw 6,-4(4)
	adde 8,0,7
.L71:
	cmpwi 0,5,1
	addi 5,5,-1
	bne+ 0,.L67
	cmpwi 0,8,0
	beq- 0,.L68
	slwi 7,10,2
	addi 6,1,8
	add 7,6,7
	addi 10,10,1
	stw 8,700(7)
	li 11,1
.L68:
	addic 9,9,1
	addze 3,3
	cmpwi 0,3,0
	bne+ 0,.L66
	cmplwi 0,9,101
	bne+ 0,.L66
	andi. 11,11,0x1
	beq- 0,.L72
	stw 10,804(1)
.L72:
	lis 3,.LC0@ha
	addi 4,1,708
	la 3,.LC0@l(3)
	addi 30,1,608
	bl print_big
	lwz 4,804(1)
	lis 3,.LC1@ha
	li 29,8
	la 3,.LC1@l(3)
	bl show_int
	li 5,100
	li 4,0
	mr 3,30
	bl memset
	li 9,2
	stw 9,608(1)
	li 9,1
	stw 9,704(1)
.L73:
	mr 5,30
	mr 4,30
	mr 3,30
	bl mul
	addic. 29,29,-1
	bne+ 0,.L73
	lis 3,.LC2@ha
	mr 4,30
	la 3,.LC2@l(3)
	addi 31,1,508
	bl print_big
	li 5,100
	li 4,0
	mr 3,31
	bl memset
	li 5,100
	li 4,0
	addi 3,1,408
	stw 29,508(1)
	stw 29,604(1)
	bl memset
	li 9,1
	li 29,300
	stw 9,408(1)
	stw 9,504(1)
.L74:
	addi 5,1,408
	mr 4,31
	addi 3,1,308
	bl add
	li 5,100
	addi 4,1,408
	mr 3,31
	bl memcpy
	li 5,100
	addi 4,1,308
	addi 3,1,408
	bl memcpy
	addic. 29,29,-1
	bne+ 0,.L74
	lis 3,.LC3@ha
	mr 4,31
	la 3,.LC3@l(3)
	li 29,2
	bl print_big
	mr 5,31
	addi 4,1,708
	addi 3,1,108
	bl mul
	li 5,100
	addi 4,1,108
	addi 3,1,208
	bl memcpy
.L75:
	mr 4,29
	addi 3,1,208
	addi 29,29,1
	bl div_small
	cmplwi 0,29,101
	bne+ 0,.L75
	mr 4,31
	addi 3,1,208
	bl cmp
	addi 29,1,8
	cntlzw 4,3
	lis 3,.LC4@ha
	srwi 4,4,5
	la 3,.LC4@l(3)
	bl show_int
	lwz 7,704(1)
	lwz 0,604(1)
	li 9,0
	li 5,0
	li 6,0
	cmpwi 0,7,0
	addi 10,7,1
	bge+ 0,.L76
	li 10,1
.L76:
	cmpwi 0,10,1
	addi 10,10,-1
	bne+ 0,.L79
	mr 3,29
	stw 7,104(1)
	bl norm
	lis 3,.LC5@ha
	mr 4,29
	la 3,.LC5@l(3)
	bl print_big
	mr 5,31
	mr 4,29
	mr 3,29
	bl add
	mr 4,30
	mr 3,29
	bl cmp
	cntlzw 4,3
	lis 3,.LC6@ha
	srwi 4,4,5
	la 3,.LC6@l(3)
	bl show_int
	lis 4,0xf
	ori 4,4,0x4243
	addi 3,1,708
	bl div_small
	mr 31,3
	mr 4,3
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
	li 9,200
	divwu 9,31,9
	addi 11,1,832
	mulli 9,9,200
	subf 3,9,31
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
.L79:
	.cfi_restore_state
	lwzx 11,30,9
	cmpw 0,6,0
	subf 4,5,11
	bge- 0,.L80
	lwzx 8,31,9
	li 3,1
	cmplw 0,11,8
	subf 4,8,4
	blt+ 0,.L78
.L77:
	cmplw 0,8,11
	li 3,0
	bne+ 0,.L78
	mr 3,5
.L78:
	stwx 4,29,9
	mr 5,3
	addi 6,6,1
	addi 9,9,4
	b .L76
.L80:
	li 8,0
	b .L77
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
