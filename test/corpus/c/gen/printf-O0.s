	.file	"printf.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	put, @function
put:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 9,4
	stb 9,12(31)
	lwz 9,8(31)
	lwz 9,4(9)
	addi 10,9,1
	lwz 9,8(31)
	lwz 9,8(9)
	cmplw 0,10,9
	bge 0,.L2
	lwz 9,8(31)
	lwz 10,0(9)
	lwz 9,8(31)
	lwz 9,4(9)
	add 9,10,9
	lbz 10,12(31)
	stb 10,0(9)
.L2:
	lwz 9,8(31)
	lwz 9,4(9)
	addi 10,9,1
	lwz 9,8(31)
	stw 10,4(9)
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	put,.-put
	.section	.rodata
	.align 2
.LC0:
	.string	"0123456789ABCDEF"
	.align 2
.LC1:
	.string	"0123456789abcdef"
	.globl __umoddi3
	.globl __udivdi3
	.section	".text"
	.align 2
	.type	put_num, @function
put_num:
.LFB1:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	mflr 0
	stw 0,116(1)
	stw 26,88(1)
	stw 27,92(1)
	stw 28,96(1)
	stw 29,100(1)
	stw 31,108(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,56(31)
	stw 5,64(31)
	stw 6,68(31)
	stw 7,60(31)
	stw 8,72(31)
	stw 9,76(31)
	stw 10,80(31)
	li 9,0
	stw 9,8(31)
	lwz 9,76(31)
	cmpwi 0,9,0
	beq 0,.L4
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	b .L5
.L4:
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
.L5:
	stw 9,12(31)
.L6:
	lwz 9,72(31)
	mr 27,9
	li 26,0
	lwz 10,64(31)
	lwz 11,68(31)
	mr 5,26
	mr 6,27
	mr 3,10
	mr 4,11
	bl __umoddi3
	mr 11,4
	mr 10,3
	mr 10,11
	lwz 9,12(31)
	add 10,9,10
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	addi 8,31,8
	add 9,8,9
	stb 10,16(9)
	lwz 9,72(31)
	mr 29,9
	li 28,0
	mr 5,28
	mr 6,29
	lwz 3,64(31)
	lwz 4,68(31)
	bl __udivdi3
	mr 11,4
	mr 10,3
	stw 10,64(31)
	stw 11,68(31)
	lwz 9,64(31)
	lwz 10,68(31)
	or 9,9,10
	cmpwi 0,9,0
	bne 0,.L6
	lwz 9,60(31)
	cmpwi 0,9,0
	bne 0,.L7
	lbz 9,131(31)
	b .L8
.L7:
	li 9,45
.L8:
	stb 9,16(31)
	lbz 9,16(31)
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 9,9,0,0xff
	lwz 10,8(31)
	add 9,10,9
	stw 9,20(31)
	lbz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L9
	lbz 9,127(31)
	cmpwi 0,9,48
	bne 0,.L9
	lbz 9,16(31)
	mr 4,9
	lwz 3,56(31)
	bl put
.L9:
	lwz 9,120(31)
	cmpwi 0,9,0
	bne 0,.L10
	b .L11
.L12:
	lbz 9,127(31)
	mr 4,9
	lwz 3,56(31)
	bl put
	lwz 9,80(31)
	addi 9,9,-1
	stw 9,80(31)
.L11:
	lwz 10,20(31)
	lwz 9,80(31)
	cmpw 0,10,9
	blt 0,.L12
.L10:
	lbz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L14
	lbz 9,127(31)
	cmpwi 0,9,48
	beq 0,.L14
	lbz 9,16(31)
	mr 4,9
	lwz 3,56(31)
	bl put
	b .L14
.L15:
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
	addi 10,31,24
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 4,9
	lwz 3,56(31)
	bl put
.L14:
	lwz 9,8(31)
	cmpwi 0,9,0
	bne 0,.L15
	b .L16
.L17:
	li 4,32
	lwz 3,56(31)
	bl put
	lwz 9,80(31)
	addi 9,9,-1
	stw 9,80(31)
.L16:
	lwz 10,20(31)
	lwz 9,80(31)
	cmpw 0,10,9
	blt 0,.L17
	nop
	nop
	addi 11,31,112
	lwz 0,4(11)
	mtlr 0
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	put_num,.-put_num
	.section	.rodata
	.align 2
.LC2:
	.string	"(null)"
	.section	".text"
	.align 2
	.type	vformat, @function
vformat:
.LFB2:
	.cfi_startproc
	stwu 1,-160(1)
	.cfi_def_cfa_offset 160
	mflr 0
	stw 0,164(1)
	stw 22,120(1)
	stw 23,124(1)
	stw 24,128(1)
	stw 25,132(1)
	stw 26,136(1)
	stw 27,140(1)
	stw 28,144(1)
	stw 29,148(1)
	stw 31,156(1)
	.cfi_offset 65, 4
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
	stw 3,104(31)
	stw 4,108(31)
	stw 5,112(31)
	stw 6,116(31)
	lwz 9,104(31)
	stw 9,88(31)
	li 9,0
	stw 9,92(31)
	lwz 9,108(31)
	stw 9,96(31)
	b .L19
.L93:
	lwz 9,112(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,37
	beq 0,.L20
	lwz 9,112(31)
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	addi 9,31,88
	mr 4,10
	mr 3,9
	bl put
	b .L21
.L20:
	li 9,0
	stw 9,24(31)
	li 9,0
	stw 9,28(31)
	li 9,-1
	stw 9,32(31)
	li 9,0
	stw 9,36(31)
	li 9,32
	stb 9,40(31)
	li 9,0
	stb 9,41(31)
.L30:
	lwz 9,112(31)
	addi 9,9,1
	lbz 9,0(9)
	stb 9,64(31)
	lbz 9,64(31)
	cmpwi 0,9,45
	bne 0,.L22
	li 9,1
	stw 9,24(31)
	b .L23
.L22:
	lbz 9,64(31)
	cmpwi 0,9,48
	bne 0,.L24
	li 9,48
	stb 9,40(31)
	b .L23
.L24:
	lbz 9,64(31)
	cmpwi 0,9,43
	bne 0,.L25
	li 9,43
	stb 9,41(31)
	b .L23
.L25:
	lbz 9,64(31)
	cmpwi 0,9,32
	bne 0,.L98
	lbz 9,41(31)
	cmpwi 0,9,0
	beq 0,.L27
	lbz 9,41(31)
	b .L28
.L27:
	li 9,32
.L28:
	stb 9,41(31)
.L23:
	lwz 9,112(31)
	addi 9,9,1
	stw 9,112(31)
	b .L30
.L98:
	nop
	lwz 9,24(31)
	cmpwi 0,9,0
	beq 0,.L32
	li 9,32
	stb 9,40(31)
	b .L32
.L34:
	lwz 9,28(31)
	mulli 10,9,10
	lwz 9,112(31)
	addi 9,9,1
	stw 9,112(31)
	lwz 9,112(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	addi 9,9,-48
	add 9,10,9
	stw 9,28(31)
.L32:
	lwz 9,112(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,47
	ble 0,.L33
	lwz 9,112(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,57
	ble 0,.L34
.L33:
	lwz 9,112(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,46
	bne 0,.L38
	lwz 9,112(31)
	addi 9,9,1
	stw 9,112(31)
	li 9,0
	stw 9,32(31)
	b .L36
.L37:
	lwz 9,32(31)
	mulli 10,9,10
	lwz 9,112(31)
	addi 9,9,1
	stw 9,112(31)
	lwz 9,112(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	addi 9,9,-48
	add 9,10,9
	stw 9,32(31)
.L36:
	lwz 9,112(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,47
	ble 0,.L38
	lwz 9,112(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,57
	ble 0,.L37
	b .L38
.L39:
	lwz 9,36(31)
	addi 9,9,1
	stw 9,36(31)
	lwz 9,112(31)
	addi 9,9,1
	stw 9,112(31)
.L38:
	lwz 9,112(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,108
	beq 0,.L39
	lwz 9,112(31)
	addi 9,9,1
	stw 9,112(31)
	lwz 9,112(31)
	lbz 9,0(9)
	stb 9,65(31)
	lbz 9,65(31)
	cmpwi 0,9,37
	beq 0,.L40
	cmpwi 0,9,37
	blt 0,.L41
	cmpwi 0,9,120
	bgt 0,.L41
	cmpwi 0,9,88
	blt 0,.L41
	addi 9,9,-88
	cmplwi 0,9,32
	bgt 0,.L41
	slwi 10,9,2
	lis 9,.L43@ha
	la 9,.L43@l(9)
	add 9,10,9
	lwz 10,0(9)
	lis 9,.L43@ha
	la 9,.L43@l(9)
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L43:
	.long .L42-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L47-.L43
	.long .L46-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L46-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L42-.L43
	.long .L45-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L44-.L43
	.long .L41-.L43
	.long .L42-.L43
	.long .L41-.L43
	.long .L41-.L43
	.long .L42-.L43
	.section	".text"
.L46:
	lwz 9,36(31)
	cmpwi 0,9,1
	ble 0,.L48
	lwz 9,116(31)
	lbz 9,0(9)
	lwz 10,116(31)
	lbz 10,0(10)
	rlwinm 10,10,0,31,31
	add 10,10,9
	mr 8,10
	lwz 10,116(31)
	stb 8,0(10)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,6
	bgt 0,.L49
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,2
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L50
.L49:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 8,9,8
	lwz 10,116(31)
	stw 8,4(10)
.L50:
	lwz 26,0(9)
	lwz 27,4(9)
	b .L51
.L48:
	lwz 9,36(31)
	cmpwi 0,9,0
	beq 0,.L52
	lwz 9,116(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L53
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,1
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L54
.L53:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 8,9,4
	lwz 10,116(31)
	stw 8,4(10)
.L54:
	lwz 9,0(9)
	mr 27,9
	srawi 9,9,31
	mr 26,9
	b .L51
.L52:
	lwz 9,116(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L56
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,1
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L57
.L56:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 8,9,4
	lwz 10,116(31)
	stw 8,4(10)
.L57:
	lwz 9,0(9)
	mr 27,9
	srawi 9,9,31
	mr 26,9
.L51:
	stw 26,72(31)
	stw 27,76(31)
	lwz 9,72(31)
	cmpwi 0,9,0
	bge 0,.L58
	lwz 10,72(31)
	lwz 11,76(31)
	subfic 25,11,0
	subfze 24,10
	b .L60
.L58:
	lwz 24,72(31)
	lwz 25,76(31)
.L60:
	lwz 9,72(31)
	srwi 9,9,31
	rlwinm 7,9,0,0xff
	addi 4,31,88
	lbz 9,41(31)
	stw 9,16(1)
	lbz 9,40(31)
	stw 9,12(1)
	lwz 9,24(31)
	stw 9,8(1)
	lwz 10,28(31)
	li 9,0
	li 8,10
	mr 5,24
	mr 6,25
	mr 3,4
	bl put_num
	b .L21
.L42:
	lwz 9,36(31)
	cmpwi 0,9,1
	ble 0,.L61
	lwz 9,116(31)
	lbz 9,0(9)
	lwz 10,116(31)
	lbz 10,0(10)
	rlwinm 10,10,0,31,31
	add 10,10,9
	mr 8,10
	lwz 10,116(31)
	stb 8,0(10)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,6
	bgt 0,.L62
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,2
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L63
.L62:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 8,9,8
	lwz 10,116(31)
	stw 8,4(10)
.L63:
	lwz 28,0(9)
	lwz 29,4(9)
	b .L64
.L61:
	lwz 9,36(31)
	cmpwi 0,9,0
	beq 0,.L65
	lwz 9,116(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L66
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,1
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L67
.L66:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 8,9,4
	lwz 10,116(31)
	stw 8,4(10)
.L67:
	lwz 9,0(9)
	mr 29,9
	li 28,0
	b .L64
.L65:
	lwz 9,116(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L69
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,1
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L70
.L69:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 8,9,4
	lwz 10,116(31)
	stw 8,4(10)
.L70:
	lwz 9,0(9)
	mr 29,9
	li 28,0
.L64:
	stw 28,80(31)
	stw 29,84(31)
	lbz 9,65(31)
	cmpwi 0,9,117
	beq 0,.L71
	lbz 9,65(31)
	cmpwi 0,9,111
	bne 0,.L72
	li 8,8
	b .L74
.L72:
	li 8,16
	b .L74
.L71:
	li 8,10
.L74:
	lbz 9,65(31)
	xori 9,9,0x58
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 7,9,0,0xff
	addi 4,31,88
	li 9,0
	stw 9,16(1)
	lbz 9,40(31)
	stw 9,12(1)
	lwz 9,24(31)
	stw 9,8(1)
	lwz 10,28(31)
	mr 9,7
	li 7,0
	lwz 5,80(31)
	lwz 6,84(31)
	mr 3,4
	bl put_num
	b .L21
.L45:
	addi 9,31,88
	li 4,48
	mr 3,9
	bl put
	addi 9,31,88
	li 4,120
	mr 3,9
	bl put
	lwz 9,116(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L75
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,1
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L76
.L75:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 8,9,4
	lwz 10,116(31)
	stw 8,4(10)
.L76:
	lwz 9,0(9)
	mr 23,9
	li 22,0
	addi 4,31,88
	li 9,0
	stw 9,16(1)
	li 9,48
	stw 9,12(1)
	li 9,0
	stw 9,8(1)
	li 10,8
	li 9,0
	li 8,16
	li 7,0
	mr 5,22
	mr 6,23
	mr 3,4
	bl put_num
	b .L21
.L47:
	lwz 9,116(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L77
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,1
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L78
.L77:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 8,9,4
	lwz 10,116(31)
	stw 8,4(10)
.L78:
	lwz 9,0(9)
	rlwinm 10,9,0,0xff
	addi 9,31,88
	mr 4,10
	mr 3,9
	bl put
	b .L21
.L44:
	lwz 9,116(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L79
	lwz 9,116(31)
	lwz 10,8(9)
	lwz 9,116(31)
	lbz 9,0(9)
	addi 8,9,1
	mr 7,8
	lwz 8,116(31)
	stb 7,0(8)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L80
.L79:
	lwz 9,116(31)
	lwz 9,4(9)
	addi 8,9,4
	lwz 10,116(31)
	stw 8,4(10)
.L80:
	lwz 9,0(9)
	stw 9,44(31)
	lwz 9,44(31)
	cmpwi 0,9,0
	bne 0,.L81
	lis 9,.LC2@ha
	la 9,.LC2@l(9)
	stw 9,44(31)
.L81:
	li 9,0
	stw 9,48(31)
	b .L82
.L84:
	lwz 9,48(31)
	addi 9,9,1
	stw 9,48(31)
.L82:
	lwz 9,48(31)
	lwz 10,44(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L83
	lwz 9,32(31)
	cmpwi 0,9,0
	blt 0,.L84
	lwz 10,48(31)
	lwz 9,32(31)
	cmpw 0,10,9
	blt 0,.L84
.L83:
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L85
	lwz 9,48(31)
	stw 9,52(31)
	b .L86
.L87:
	addi 9,31,88
	li 4,32
	mr 3,9
	bl put
	lwz 9,52(31)
	addi 9,9,1
	stw 9,52(31)
.L86:
	lwz 10,52(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L87
.L85:
	li 9,0
	stw 9,56(31)
	b .L88
.L89:
	lwz 9,56(31)
	lwz 10,44(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	addi 9,31,88
	mr 4,10
	mr 3,9
	bl put
	lwz 9,56(31)
	addi 9,9,1
	stw 9,56(31)
.L88:
	lwz 10,56(31)
	lwz 9,48(31)
	cmpw 0,10,9
	blt 0,.L89
	lwz 9,24(31)
	cmpwi 0,9,0
	beq 0,.L99
	lwz 9,48(31)
	stw 9,60(31)
	b .L91
.L92:
	addi 9,31,88
	li 4,32
	mr 3,9
	bl put
	lwz 9,60(31)
	addi 9,9,1
	stw 9,60(31)
.L91:
	lwz 10,60(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L92
	b .L99
.L40:
	addi 9,31,88
	li 4,37
	mr 3,9
	bl put
	b .L21
.L41:
	addi 9,31,88
	li 4,63
	mr 3,9
	bl put
	lbz 10,65(31)
	addi 9,31,88
	mr 4,10
	mr 3,9
	bl put
	b .L21
.L99:
	nop
.L21:
	lwz 9,112(31)
	addi 9,9,1
	stw 9,112(31)
.L19:
	lwz 9,112(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L93
	lwz 9,108(31)
	cmpwi 0,9,0
	beq 0,.L94
	lwz 9,92(31)
	lwz 10,108(31)
	cmplw 0,10,9
	ble 0,.L95
	lwz 9,92(31)
	b .L96
.L95:
	lwz 9,108(31)
	addi 9,9,-1
.L96:
	lwz 10,104(31)
	add 9,10,9
	li 10,0
	stb 10,0(9)
.L94:
	lwz 9,92(31)
	mr 3,9
	addi 11,31,160
	lwz 0,4(11)
	mtlr 0
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	vformat,.-vformat
	.align 2
	.type	format, @function
format:
.LFB3:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 31,76(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	stw 6,44(31)
	stw 7,48(31)
	stw 8,52(31)
	stw 9,56(31)
	stw 10,60(31)
	li 9,3
	stb 9,12(31)
	li 9,0
	stb 9,13(31)
	addi 9,31,88
	stw 9,16(31)
	addi 9,31,32
	stw 9,20(31)
	addi 9,31,12
	mr 6,9
	lwz 5,32(31)
	lwz 4,28(31)
	lwz 3,24(31)
	bl vformat
	stw 3,8(31)
	lwz 9,8(31)
	mr 3,9
	addi 11,31,80
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	format,.-format
	.lcomm	total,4,4
	.type	total, @object
	.align 2
	.type	say, @function
say:
.LFB4:
	.cfi_startproc
	stwu 1,-240(1)
	.cfi_def_cfa_offset 240
	mflr 0
	stw 0,244(1)
	stw 31,236(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,184(31)
	stw 4,196(31)
	stw 5,200(31)
	stw 6,204(31)
	stw 7,208(31)
	stw 8,212(31)
	stw 9,216(31)
	stw 10,220(31)
	li 9,1
	stb 9,172(31)
	li 9,0
	stb 9,173(31)
	addi 9,31,248
	stw 9,176(31)
	addi 9,31,192
	stw 9,180(31)
	addi 10,31,172
	addi 9,31,12
	mr 6,10
	lwz 5,184(31)
	li 4,160
	mr 3,9
	bl vformat
	stw 3,8(31)
	lis 9,total@ha
	lwz 10,total@l(9)
	lwz 9,8(31)
	add 10,10,9
	lis 9,total@ha
	stw 10,total@l(9)
	lwz 9,8(31)
	cmpwi 0,9,159
	ble 0,.L103
	li 9,159
.L103:
	mr 10,9
	addi 9,31,12
	mr 5,10
	mr 4,9
	li 3,1
	bl write
	nop
	addi 11,31,240
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	say,.-say
	.section	.rodata
	.align 2
.LC3:
	.string	"plain text\n"
	.align 2
.LC4:
	.string	"%d %i %u [%5d] [%-5d] [%05d] [%+d] [% d]\n"
	.align 2
.LC5:
	.string	"%x %X %o %#\n"
	.align 2
.LC6:
	.string	"%lld %llu %llx\n"
	.align 2
.LC7:
	.string	"%ld %lu\n"
	.align 2
.LC8:
	.string	"truncate"
	.align 2
.LC9:
	.string	"left"
	.align 2
.LC10:
	.string	"right"
	.align 2
.LC11:
	.string	"hi"
	.align 2
.LC12:
	.string	"[%s] [%8s] [%-8s] [%.3s] [%s]\n"
	.align 2
.LC13:
	.string	"%c%c%c %% %p\n"
	.align 2
.LC14:
	.string	"four"
	.align 2
.LC15:
	.string	"mixed %d %lld %d %s %llx %c\n"
	.align 2
.LC16:
	.string	"%d-%d-%d"
	.align 2
.LC17:
	.string	"truncated to '%s', needed %d\n"
	.align 2
.LC18:
	.string	"odd"
	.align 2
.LC19:
	.string	"even"
	.align 2
.LC20:
	.string	"row %2d: %08x %-6s|\n"
	.align 2
.LC21:
	.string	"total so far %d\n"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl say
	li 9,5
	stw 9,8(1)
	li 10,5
	li 9,-17
	li 8,17
	li 7,17
	lis 6,0xb2d0
	ori 6,6,0x5e00
	li 5,-42
	li 4,42
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl say
	li 6,511
	li 9,0
	ori 5,9,0xcafe
	lis 9,0xdead
	ori 4,9,0xbeef
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl say
	lis 9,0x123
	ori 9,9,0x4567
	lis 10,0x89ab
	ori 10,10,0xcdef
	lis 7,0xf9cc
	ori 7,7,0xd8a1
	lis 8,0xc508
	lis 5,0x8319
	ori 5,5,0x93af
	lis 6,0x1d7c
	lis 4,.LC6@ha
	la 3,.LC6@l(4)
	bl say
	li 5,-1
	lis 4,0x8000
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl say
	li 8,0
	lis 9,.LC8@ha
	la 7,.LC8@l(9)
	lis 9,.LC9@ha
	la 6,.LC9@l(9)
	lis 9,.LC10@ha
	la 5,.LC10@l(9)
	lis 9,.LC11@ha
	la 4,.LC11@l(9)
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl say
	li 7,4660
	li 6,99
	li 5,98
	li 4,97
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl say
	li 9,54
	stw 9,8(1)
	li 9,0
	li 10,5
	lis 8,.LC14@ha
	la 8,.LC14@l(8)
	li 7,3
	li 5,0
	li 6,2
	li 4,1
	lis 3,.LC15@ha
	la 3,.LC15@l(3)
	bl say
	addi 10,31,24
	li 8,3333
	li 7,2222
	li 6,1111
	lis 9,.LC16@ha
	la 5,.LC16@l(9)
	li 4,8
	mr 3,10
	bl format
	stw 3,20(31)
	addi 9,31,24
	lwz 5,20(31)
	mr 4,9
	lis 9,.LC17@ha
	la 3,.LC17@l(9)
	bl say
	li 9,0
	stw 9,16(31)
	b .L105
.L108:
	lwz 10,16(31)
	lis 9,0x111
	ori 9,9,0x1111
	mullw 9,10,9
	mr 10,9
	lwz 9,16(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L106
	lis 9,.LC18@ha
	la 9,.LC18@l(9)
	b .L107
.L106:
	lis 9,.LC19@ha
	la 9,.LC19@l(9)
.L107:
	mr 6,9
	mr 5,10
	lwz 4,16(31)
	lis 9,.LC20@ha
	la 3,.LC20@l(9)
	bl say
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L105:
	lwz 9,16(31)
	cmpwi 0,9,4
	ble 0,.L108
	lis 9,total@ha
	lwz 9,total@l(9)
	mr 4,9
	lis 9,.LC21@ha
	la 3,.LC21@l(9)
	bl say
	lis 9,total@ha
	lwz 9,total@l(9)
	srawi 10,9,8
	addze 10,10
	slwi 10,10,8
	subf 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.gnu_attribute 4, 2
	.section	.note.GNU-stack,"",@progbits
