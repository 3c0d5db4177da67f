	.file	"bignum.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	add, @function
add:
.LFB2:
	.cfi_startproc
	lwz 0,96(4)
	lwz 11,96(5)
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	cmpw 0,11,0
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,0
	blt- 0,.L2
	mr 31,11
.L2:
	cmpwi 0,31,0
	ble- 0,.L17
	li 8,0
	li 10,0
	li 6,0
	li 12,0
	mtctr 31
.L6:
	cmpw 7,0,10
	li 9,0
	cmpw 0,11,10
	li 7,0
	ble- 7,.L4
	lwzx 9,4,8
.L4:
	ble- 0,.L5
	lwzx 7,5,8
.L5:
	addc 9,9,7
	addi 10,10,1
	addze 7,12
	addc 9,9,6
	stwx 9,3,8
	addze 6,7
	addi 8,8,4
	bdnz .L6
	cmpwi 0,6,0
	beq- 0,.L17
	addi 10,31,1
	li 9,1
	slwi 31,31,2
	stw 10,96(3)
	stwx 9,3,31
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L17:
	.cfi_restore_state
	stw 31,96(3)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
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
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 27,28(1)
	.cfi_offset 27, -20
	lwz 27,96(3)
	cmpwi 0,27,0
	ble- 0,.L25
	mflr 0
	.cfi_register 65, 0
	stw 25,20(1)
	.cfi_offset 25, -28
	stw 0,52(1)
	.cfi_offset 65, 4
	slwi 25,27,2
	stw 28,32(1)
	.cfi_offset 28, -16
	add 25,3,25
	stw 24,16(1)
	.cfi_offset 24, -32
	mr 24,3
	stw 26,24(1)
	.cfi_offset 26, -24
	mr 26,4
	stw 29,36(1)
	.cfi_offset 29, -12
	mr 29,27
	stw 30,40(1)
	.cfi_offset 30, -8
	mr 30,25
	stw 31,44(1)
	.cfi_offset 31, -4
	li 31,0
.L21:
	lwzu 28,-4(30)
	li 5,0
	mr 6,26
	mr 3,31
	mr 4,28
	bl __udivdi3
	mr 3,31
	stw 4,0(30)
	li 5,0
	mr 4,28
	mr 6,26
	bl __umoddi3
	addic. 29,29,-1
	mr 31,4
	mr 3,4
	bne+ 0,.L21
	andi. 9,27,0x1
	addi 10,27,-1
	mr 9,27
	bne- 0,.L41
.L30:
	srwi 9,9,1
	mtctr 9
	b .L22
.L24:
	stw 10,96(24)
	lwz 9,-4(9)
	cmpwi 0,9,0
	bne- 0,.L40
	stw 27,96(24)
	bdz .L40
.L22:
	lwz 8,-4(25)
	addi 10,27,-1
	addi 9,25,-4
	addi 27,10,-1
	addi 25,9,-4
	cmpwi 0,8,0
	beq+ 0,.L24
.L40:
	lwz 0,52(1)
	lwz 24,16(1)
	.cfi_remember_state
	.cfi_restore 24
	lwz 25,20(1)
	.cfi_restore 25
	lwz 26,24(1)
	.cfi_restore 26
	mtlr 0
	.cfi_restore 65
	lwz 28,32(1)
	.cfi_restore 28
	lwz 29,36(1)
	.cfi_restore 29
	lwz 30,40(1)
	.cfi_restore 30
	lwz 31,44(1)
	.cfi_restore 31
	lwz 27,28(1)
	addi 1,1,48
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L41:
	.cfi_restore_state
	lwzu 8,-4(25)
	mr 27,10
	cmpwi 0,8,0
	bne- 0,.L40
	cmpwi 0,10,0
	stw 10,96(24)
	bne+ 0,.L30
	b .L40
.L25:
	.cfi_restore 24
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 28
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	lwz 27,28(1)
	li 3,0
	addi 1,1,48
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
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
	beq- 0,.L43
	bge- 0,.L49
.L61:
	li 3,-1
	blr
.L43:
	addic. 8,9,-1
	blt- 0,.L48
	andi. 10,9,0x1
	slwi 10,9,2
	add 3,3,10
	add 4,4,10
	beq- 0,.L53
	lwzu 7,-4(3)
	lwzu 10,-4(4)
	cmplw 0,7,10
	bne- 0,.L58
	cmpwi 0,8,0
	beq- 0,.L48
.L53:
	srwi 9,9,1
	mtctr 9
	b .L46
.L45:
	lwz 10,-4(10)
	lwz 9,-4(9)
	cmplw 0,10,9
	bne- 0,.L58
	bdz .L48
.L46:
	lwz 7,-4(3)
	addi 10,3,-4
	lwz 8,-4(4)
	addi 9,4,-4
	addi 3,10,-4
	addi 4,9,-4
	cmplw 0,7,8
	beq+ 0,.L45
.L58:
	blt- 0,.L61
.L49:
	li 3,1
	blr
.L48:
	li 3,0
	blr
	.cfi_endproc
.LFE7:
	.size	cmp,.-cmp
	.align 2
	.type	mul, @function
mul:
.LFB4:
	.cfi_startproc
	stwu 1,-160(1)
	.cfi_def_cfa_offset 160
	mflr 0
	stw 27,140(1)
	.cfi_register 65, 0
	.cfi_offset 27, -20
	mr 27,5
	stw 28,144(1)
	li 5,100
	stw 31,156(1)
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	mr 28,4
	mr 31,3
	li 4,0
	addi 3,1,8
	stw 26,136(1)
	stw 0,164(1)
	stw 29,148(1)
	.cfi_offset 26, -24
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	bl memset
	lwz 26,96(28)
	cmpwi 0,26,0
	ble- 0,.L63
	lwz 29,96(27)
	addi 3,1,4
	stw 25,132(1)
	.cfi_offset 25, -28
	li 5,24
	li 4,0
	addi 25,29,1
	cmpwi 7,29,0
	slwi 25,25,2
.L64:
	ble- 7,.L77
	cmpwi 0,4,23
	bgt- 0,.L68
	slwi 9,4,2
	addi 12,27,-4
	lwzx 0,28,9
	mr 6,3
	li 7,0
	li 8,0
	mtctr 29
	b .L66
.L96:
	beq- 0,.L65
.L66:
	lwzu 10,4(12)
	addi 7,7,1
	lwzu 11,4(6)
	cmpw 0,7,5
	mullw 9,0,10
	mulhwu 10,0,10
	addc 9,9,11
	addze 10,10
	addc 9,9,8
	stw 9,0(6)
	addze 8,10
	bdnz .L96
.L65:
	add 9,4,29
	cmpwi 0,9,23
	bgt- 0,.L68
	stwx 8,3,25
.L68:
	addi 4,4,1
	addi 5,5,-1
	cmpw 0,4,26
	addi 3,3,4
	bne+ 0,.L64
	lwz 25,132(1)
	.cfi_restore 25
.L69:
	add 26,26,29
	cmpwi 0,26,24
	mr 9,26
	ble- 0,.L72
	li 9,24
.L72:
	cmpwi 0,26,0
	stw 9,104(1)
	ble- 0,.L74
	addi 8,9,-1
	slwi 10,9,2
	andi. 7,8,0x1
	addi 7,1,8
	stw 30,152(1)
	.cfi_offset 30, -8
	add 10,7,10
	li 6,0
	beq- 0,.L84
	lwzu 7,-4(10)
	mr 9,8
	cmpwi 0,7,0
	bne- 0,.L91
	li 6,1
	mr 30,8
.L84:
	srwi 8,8,1
	addi 8,8,1
	mtctr 8
	b .L75
.L76:
	mr 30,9
	li 6,1
	bdz .L97
	lwz 8,-4(8)
	addi 9,9,-1
	cmpwi 0,8,0
	bne- 0,.L91
	mr 30,9
.L75:
	lwz 7,-4(10)
	addi 8,10,-4
	addi 9,9,-1
	addi 10,8,-4
	cmpwi 0,7,0
	beq+ 0,.L76
.L91:
	andi. 6,6,0x1
	beq- 0,.L95
	stw 30,104(1)
	lwz 30,152(1)
	.cfi_restore 30
.L74:
	addi 4,1,8
	mr 3,31
	li 5,100
	bl memcpy
	lwz 0,164(1)
	lwz 26,136(1)
	lwz 27,140(1)
	lwz 28,144(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,148(1)
	lwz 31,156(1)
	addi 1,1,160
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
.L97:
	.cfi_def_cfa_offset 160
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	addi 4,1,8
	mr 3,31
	li 5,100
	stw 9,104(1)
	lwz 30,152(1)
	.cfi_restore 30
	bl memcpy
	lwz 0,164(1)
	lwz 26,136(1)
	lwz 27,140(1)
	lwz 28,144(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,148(1)
	lwz 31,156(1)
	addi 1,1,160
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
.L77:
	.cfi_def_cfa_offset 160
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	li 8,0
	b .L65
.L95:
	.cfi_restore 25
	.cfi_offset 30, -8
	addi 4,1,8
	mr 3,31
	li 5,100
	lwz 30,152(1)
	.cfi_restore 30
	bl memcpy
	lwz 0,164(1)
	lwz 26,136(1)
	lwz 27,140(1)
	lwz 28,144(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,148(1)
	lwz 31,156(1)
	addi 1,1,160
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
.L63:
	.cfi_def_cfa_offset 160
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	lwz 29,96(27)
	b .L69
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
	stw 27,364(1)
	.cfi_register 65, 0
	.cfi_offset 27, -20
	lis 27,0x3b9a
	stw 29,372(1)
	.cfi_offset 29, -12
	mr 29,3
	stw 31,380(1)
	addi 3,1,252
	.cfi_offset 31, -4
	lis 31,0xcccc
	stw 28,368(1)
	stw 30,376(1)
	ori 27,27,0xca00
	stw 0,388(1)
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	.cfi_offset 65, 4
	ori 31,31,0xcccd
	bl memcpy
	li 30,0
	addi 28,1,8
.L100:
	mr 4,27
	addi 3,1,252
	bl div_small
	addi 9,1,7
	add 8,9,30
	li 9,9
	mtctr 9
.L99:
	mulhwu 10,3,31
	srwi 10,10,3
	mulli 9,10,10
	subf 9,9,3
	mr 3,10
	addi 9,9,48
	stbu 9,1(8)
	bdnz .L99
	lwz 10,348(1)
	addi 9,30,9
	cmpwi 0,10,0
	beq- 0,.L142
	mr 30,9
	b .L100
.L142:
	add 10,28,9
	addi 27,30,8
	lbz 8,-1(10)
	addi 10,10,-1
	cmpwi 0,8,48
	bne- 0,.L134
	addi 9,30,7
	andi. 8,9,0x1
	bne- 0,.L143
.L122:
	srwi 9,9,1
	mtctr 9
.L101:
	lbz 6,-1(10)
	addi 9,10,-1
	addi 7,27,-1
	mr 8,27
	addi 10,9,-1
	addi 27,7,-1
	cmpwi 0,6,48
	bne- 0,.L136
	lbz 9,-1(9)
	mr 8,7
	cmpwi 0,9,48
	bne- 0,.L136
	bdnz .L101
.L102:
	mr 3,29
	add 31,28,27
	bl print_str
	li 3,61
	bl print_char
	andi. 27,27,0x3
	beq- 0,.L104
	cmpwi 0,27,1
	beq- 0,.L127
	cmpwi 0,27,2
	bne- 0,.L144
.L128:
	lbzu 3,-1(31)
	bl print_char
.L127:
	lbzu 3,-1(31)
	bl print_char
	cmplw 0,31,28
	beq- 0,.L138
.L104:
	lbz 3,-1(31)
	addi 30,31,-1
	bl print_char
	lbz 3,-1(30)
	bl print_char
	lbz 3,-3(31)
	bl print_char
	lbzu 3,-4(31)
	bl print_char
	cmplw 0,31,28
	bne+ 0,.L104
.L138:
	lwz 0,388(1)
	lwz 27,364(1)
	lwz 28,368(1)
	lwz 29,372(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 30,376(1)
	lwz 31,380(1)
	addi 1,1,384
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	b print_nl
.L143:
	.cfi_restore_state
	lbzu 7,-1(10)
	mr 8,27
	addi 27,30,7
	cmpwi 0,7,48
	bne- 0,.L136
	cmpwi 0,9,1
	bne+ 0,.L122
	b .L102
.L144:
	lbzu 3,-1(31)
	bl print_char
	b .L128
.L136:
	mr 27,8
	b .L102
.L134:
	mr 27,9
	b .L102
	.cfi_endproc
.LFE8:
	.size	print_big,.-print_big
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"100!"
	.align 2
.LC1:
	.string	"100! limbs"
	.align 2
.LC2:
	.string	"2^256"
	.align 2
.LC3:
	.string	"fib(300)"
	.align 2
.LC4:
	.string	"(a*b)/b == a"
	.align 2
.LC5:
	.string	"2^256-fib(300)"
	.align 2
.LC6:
	.string	"round trip"
	.align 2
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
	li 4,0
	li 5,100
	addi 3,1,708
	stw 0,836(1)
	stw 29,820(1)
	stw 30,824(1)
	stw 31,828(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl memset
	li 9,1
	li 4,0
	stw 9,708(1)
	li 6,2
	stw 9,804(1)
	li 11,0
	li 3,1
.L146:
	cmpwi 0,3,0
	addi 7,1,704
	li 8,0
	mtctr 3
	ble- 0,.L149
.L147:
	lwzu 9,4(7)
	mullw 10,9,6
	mullw 5,4,9
	mulhwu 9,9,6
	addc 10,10,8
	stw 10,0(7)
	adde 8,5,9
	bdnz .L147
	cmpwi 0,8,0
	beq- 0,.L149
	slwi 9,3,2
	addi 10,1,8
	add 9,10,9
	li 11,1
	stw 8,700(9)
	addi 3,3,1
.L149:
	addic 6,6,1
	addze 4,4
	cmpwi 0,4,0
	bne+ 0,.L146
	cmplwi 0,6,101
	bne+ 0,.L146
	andi. 11,11,0x1
	beq- 0,.L154
	stw 3,804(1)
.L154:
	lis 3,.LC0@ha
	addi 4,1,708
	la 3,.LC0@l(3)
	li 29,8
	bl print_big
	lwz 4,804(1)
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	addi 3,1,608
	li 5,100
	li 4,0
	bl memset
	li 10,2
	li 9,1
	stw 10,608(1)
	stw 9,704(1)
.L155:
	addi 5,1,608
	addi 29,29,-1
	mr 4,5
	mr 3,5
	bl mul
	addi 5,1,608
	mr 4,5
	mr 3,5
	bl mul
	addic. 29,29,-1
	bne+ 0,.L155
	lis 3,.LC2@ha
	addi 4,1,608
	la 3,.LC2@l(3)
	li 31,300
	bl print_big
	li 5,100
	li 4,0
	addi 3,1,508
	bl memset
	addi 3,1,408
	li 5,100
	li 4,0
	stw 29,508(1)
	stw 29,604(1)
	bl memset
	li 9,1
	stw 9,408(1)
	stw 9,504(1)
.L156:
	addi 5,1,408
	addi 4,1,508
	addi 3,1,308
	bl add
	li 5,100
	addi 4,1,408
	addi 3,1,508
	bl memcpy
	li 5,100
	addi 4,1,308
	addi 3,1,408
	bl memcpy
	addic. 31,31,-1
	bne+ 0,.L156
	lis 3,.LC3@ha
	addi 4,1,508
	la 3,.LC3@l(3)
	li 31,5
	bl print_big
	addi 3,1,108
	addi 5,1,508
	addi 4,1,708
	bl mul
	li 5,100
	addi 4,1,108
	addi 3,1,208
	bl memcpy
	li 4,2
	addi 3,1,208
	bl div_small
	li 4,3
	addi 3,1,208
	bl div_small
	addi 3,1,208
	li 4,4
	bl div_small
.L157:
	mr 4,31
	addi 29,31,1
	addi 3,1,208
	bl div_small
	mr 4,29
	addi 3,1,208
	bl div_small
	addi 4,31,2
	addi 3,1,208
	bl div_small
	addi 4,31,3
	addi 3,1,208
	addi 31,31,4
	bl div_small
	cmplwi 0,31,101
	bne+ 0,.L157
	addi 4,1,508
	addi 3,1,208
	bl cmp
	cntlzw 4,3
	lis 3,.LC4@ha
	srwi 4,4,5
	la 3,.LC4@l(3)
	bl show_int
	lwz 9,704(1)
	cmpwi 0,9,0
	ble- 0,.L158
	lwz 0,604(1)
	addi 4,1,604
	addi 5,1,4
	addi 6,1,508
	mr 8,9
	li 3,0
	mtctr 9
	b .L161
.L201:
	lwz 11,0(6)
	cmplw 0,10,11
	subf 7,11,7
	bge- 0,.L159
	li 3,1
.L160:
	stwu 7,4(5)
	addi 8,8,-1
	addi 6,6,4
	bdz .L200
.L161:
	lwzu 10,4(4)
	subf 7,8,9
	cmpw 7,7,0
	cmplwi 0,10,0
	subf 7,3,10
	blt- 7,.L201
.L159:
	beq- 0,.L160
	stwu 7,4(5)
	li 3,0
	addi 8,8,-1
	addi 6,6,4
	bdnz .L161
.L200:
	addi 10,9,-1
	slwi 8,9,2
	andi. 7,10,0x1
	addi 7,1,8
	add 8,7,8
	stw 9,104(1)
	li 7,0
	beq- 0,.L180
	lwzu 6,-4(8)
	mr 9,10
	cmpwi 0,6,0
	bne- 0,.L195
	li 7,1
	mr 30,10
.L180:
	srwi 10,10,1
	addi 10,10,1
	mtctr 10
	b .L162
.L164:
	mr 30,9
	li 7,1
	bdz .L158
	lwz 10,-4(10)
	addi 9,9,-1
	cmpwi 0,10,0
	bne- 0,.L195
	mr 30,9
.L162:
	lwz 6,-4(8)
	addi 10,8,-4
	addi 9,9,-1
	addi 8,10,-4
	cmpwi 0,6,0
	beq+ 0,.L164
.L195:
	andi. 7,7,0x1
	beq- 0,.L163
	stw 30,104(1)
	b .L163
.L158:
	stw 9,104(1)
.L163:
	lis 3,.LC5@ha
	addi 4,1,8
	la 3,.LC5@l(3)
	bl print_big
	addi 4,1,8
	addi 5,1,508
	mr 3,4
	bl add
	addi 4,1,608
	addi 3,1,8
	bl cmp
	cntlzw 4,3
	lis 3,.LC6@ha
	srwi 4,4,5
	la 3,.LC6@l(3)
	bl show_int
	lis 4,0xf
	addi 3,1,708
	ori 4,4,0x4243
	bl div_small
	mr 31,3
	lis 3,.LC7@ha
	mr 4,31
	la 3,.LC7@l(3)
	bl show_int
	lis 9,0x51eb
	ori 9,9,0x851f
	lwz 0,836(1)
	mulhwu 9,31,9
	lwz 29,820(1)
	lwz 30,824(1)
	mtlr 0
	.cfi_restore 65
	srwi 9,9,6
	mulli 9,9,200
	subf 3,9,31
	lwz 31,828(1)
	addi 1,1,832
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
