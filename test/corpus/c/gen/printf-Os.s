	.file	"printf.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	put, @function
put:
.LFB0:
	.cfi_startproc
	lwz 9,4(3)
	lwz 10,8(3)
	addi 8,9,1
	cmplw 0,8,10
	bge- 0,.L2
	lwz 10,0(3)
	stbx 4,10,9
.L2:
	lwz 9,4(3)
	addi 9,9,1
	stw 9,4(3)
	blr
	.cfi_endproc
.LFE0:
	.size	put,.-put
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"0123456789ABCDEF"
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
	mfcr 12
	cmpwi 0,9,0
	mflr 0
	stmw 17,52(1)
	.cfi_register 65, 0
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
	lis 21,.LC0@ha
	stw 0,116(1)
	mr 27,3
	stw 12,48(1)
	.cfi_offset 65, 4
	.cfi_offset 70, -64
	mr 26,5
	lbz 24,127(1)
	mr 25,6
	lbz 30,131(1)
	mr 19,7
	mr 20,8
	mr 31,10
	la 21,.LC0@l(21)
	bne- 0,.L4
	lis 21,.LC1@ha
	la 21,.LC1@l(21)
.L4:
	li 29,0
	li 17,0
	addi 18,1,7
.L30:
	li 5,0
	mr 6,20
	mr 3,26
	mr 4,25
	bl __umoddi3
	mr 28,29
	lbzx 9,21,4
	addi 29,29,1
	mr 22,26
	mr 3,26
	mr 4,25
	li 5,0
	stbx 9,29,18
	mr 6,20
	mr 23,25
	bl __udivdi3
	cmplw 0,17,22
	mr 26,3
	mr 25,4
	bne+ 0,.L30
	cmplw 0,20,23
	ble+ 0,.L30
	lwz 9,120(1)
	cmpwi 0,19,0
	cmpwi 4,9,0
	beq- 0,.L7
	addi 28,28,2
	li 30,45
.L8:
	cmplwi 0,24,48
	bne+ 0,.L10
	rlwinm 4,30,0,0xff
	mr 3,27
	bl put
	bne- 4,.L11
.L12:
	mr 26,31
.L15:
	cmpw 0,26,28
	bgt+ 0,.L16
	cmpw 0,31,28
	li 9,0
	blt- 0,.L18
	subf 9,31,28
.L18:
	add 31,31,9
	rlwinm 9,30,0,0xff
	cmpwi 0,9,0
	beq- 0,.L11
	cmplwi 0,24,48
	bne- 0,.L14
.L11:
	addi 30,1,8
.L19:
	addi 29,29,-1
	mr 3,27
	lbzx 4,30,29
	bl put
	cmpwi 0,29,0
	bne+ 0,.L19
.L20:
	cmpw 0,31,28
	bgt+ 0,.L21
	lwz 12,48(1)
	addi 11,1,112
	mtcrf 8,12
	b _restgpr_17_x
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
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 65
	.cfi_restore 70
.L7:
	.cfi_restore_state
	cmpwi 0,30,0
	addic 9,30,-1
	addze 28,29
	bne- 0,.L8
	bne- 4,.L11
	li 30,0
	b .L12
.L10:
	beq- 4,.L12
.L14:
	rlwinm 4,30,0,0xff
	mr 3,27
	bl put
	b .L11
.L16:
	mr 4,24
	mr 3,27
	bl put
	addi 26,26,-1
	b .L15
.L21:
	li 4,32
	mr 3,27
	bl put
	addi 31,31,-1
	b .L20
	.cfi_endproc
.LFE1:
	.size	put_num,.-put_num
	.section	.rodata.str1.1
.LC2:
	.string	"(null)"
	.section	".text"
	.align 2
	.type	vformat, @function
vformat:
.LFB2:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mfcr 12
	mflr 0
	li 9,0
	stw 0,84(1)
	stw 12,40(1)
	stw 3,24(1)
	stw 9,28(1)
	stw 4,32(1)
	stmw 23,44(1)
	.cfi_offset 65, 4
	.cfi_offset 70, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 26,.L53@ha
	mr 27,3
	mr 28,4
	mr 30,5
	mr 31,6
	la 26,.L53@l(26)
.L36:
	lbz 4,0(30)
	cmpwi 0,4,0
	bne+ 0,.L97
	lwz 3,28(1)
	cmplw 0,3,28
	mr 9,3
	blt- 0,.L98
	addi 9,28,-1
.L98:
	li 10,0
	stbx 10,27,9
	lwz 12,40(1)
	addi 11,1,80
	mtcrf 8,12
	b _restgpr_23_x
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
	.cfi_restore 65
	.cfi_restore 70
.L97:
	.cfi_restore_state
	cmpwi 0,4,37
	bne+ 0,.L126
	li 11,0
	li 4,32
	li 3,0
.L38:
	lbz 9,1(30)
	addi 8,30,1
	rlwinm 10,9,0,0xff
	cmpwi 0,10,45
	beq- 0,.L99
	cmpwi 0,10,48
	beq- 0,.L100
	cmpwi 0,10,43
	beq- 0,.L102
	cmpwi 0,10,32
	bne- 0,.L41
	rlwinm 10,11,0,0xff
	cmpwi 0,10,0
	beq- 0,.L102
.L40:
	mr 30,8
	b .L38
.L99:
	li 3,1
	b .L40
.L100:
	mr 4,9
	b .L40
.L102:
	mr 11,9
	b .L40
.L41:
	cmpwi 4,3,0
	beq- 4,.L42
	li 4,32
.L42:
	li 29,0
	b .L43
.L44:
	mulli 29,29,10
	addi 10,10,-48
	mr 30,9
	add 29,10,29
.L43:
	mr 9,30
	lbzu 10,1(9)
	addi 8,10,-48
	rlwinm 10,10,0,0xff
	rlwinm 8,8,0,0xff
	cmplwi 0,8,9
	ble+ 0,.L44
	cmpwi 0,10,46
	beq- 0,.L103
	mr 9,30
	li 7,-1
.L46:
	mr 30,9
.L48:
	lbz 8,1(30)
	mr 10,30
	addi 30,30,1
	rlwinm 25,8,0,0xff
	cmpwi 0,25,108
	beq+ 0,.L48
	cmplwi 0,25,120
	bgt- 0,.L49
	cmplwi 0,25,98
	subf 10,9,10
	bgt+ 0,.L50
	cmpwi 0,25,37
	beq+ 0,.L51
	cmpwi 0,25,88
	bne- 0,.L49
.L52:
	lbz 9,0(31)
	cmpwi 0,10,1
	rlwinm 8,9,0,0xff
	ble- 0,.L70
	addi 9,9,1
	cmplwi 0,8,6
	rlwinm 9,9,0,0,30
	stb 9,0(31)
	bgt- 0,.L71
	addi 8,9,2
	lwz 10,8(31)
	stb 8,0(31)
	rlwinm 9,9,2,22,28
	add 9,10,9
.L72:
	lwz 5,0(9)
	lwz 6,4(9)
.L73:
	cmpwi 0,25,117
	li 8,10
	beq- 0,.L79
	cmpwi 0,25,111
	li 8,8
	beq- 0,.L79
	li 8,16
.L79:
	li 9,0
	rlwinm 4,4,0,0xff
	stw 9,16(1)
	xori 9,25,0x58
	cntlzw 9,9
	stw 4,12(1)
	stw 3,8(1)
	mr 10,29
	srwi 9,9,5
	li 7,0
	b .L125
.L47:
	mulli 7,7,10
	rlwinm 10,10,0,0xff
	addi 10,10,-48
	mr 9,6
	add 7,10,7
.L45:
	mr 6,9
	lbzu 10,1(6)
	addi 8,10,-48
	rlwinm 8,8,0,0xff
	cmplwi 0,8,9
	ble+ 0,.L47
	b .L46
.L103:
	li 7,0
	b .L45
.L50:
	addi 9,8,-99
	rlwinm 9,9,0,0xff
	cmplwi 0,9,21
	bgt- 0,.L49
	slwi 9,9,2
	lwzx 9,26,9
	add 9,9,26
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L53:
	.long .L57-.L53
	.long .L56-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L56-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L52-.L53
	.long .L55-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L54-.L53
	.long .L49-.L53
	.long .L52-.L53
	.long .L49-.L53
	.long .L49-.L53
	.long .L52-.L53
	.section	".text"
.L56:
	lbz 9,0(31)
	cmpwi 0,10,1
	rlwinm 8,9,0,0xff
	ble- 0,.L58
	addi 9,9,1
	cmplwi 0,8,6
	rlwinm 9,9,0,0,30
	stb 9,0(31)
	bgt- 0,.L59
	addi 8,9,2
	lwz 10,8(31)
	stb 8,0(31)
	rlwinm 9,9,2,22,28
	add 9,10,9
.L60:
	lwz 7,0(9)
	lwz 6,4(9)
.L61:
	cmpwi 0,7,0
	mr 5,7
	bge+ 0,.L67
	subfic 6,6,0
	subfze 5,7
.L67:
	rlwinm 11,11,0,0xff
	rlwinm 4,4,0,0xff
	stw 11,16(1)
	mr 10,29
	stw 4,12(1)
	li 9,0
	stw 3,8(1)
	li 8,10
	srwi 7,7,31
.L125:
	addi 3,1,24
	bl put_num
.L39:
	addi 30,30,1
	b .L36
.L59:
	lwz 9,4(31)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 10,9,8
	stw 10,4(31)
	b .L60
.L58:
	cmplwi 0,8,7
	bgt- 0,.L65
	lwz 10,8(31)
	addi 9,9,1
	stb 9,0(31)
	slwi 8,8,2
	add 8,10,8
.L66:
	lwz 6,0(8)
	srawi 7,6,31
	b .L61
.L65:
	lwz 8,4(31)
	addi 10,8,4
	stw 10,4(31)
	b .L66
.L71:
	lwz 9,4(31)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 10,9,8
	stw 10,4(31)
	b .L72
.L70:
	cmplwi 0,8,7
	bgt- 0,.L77
	lwz 10,8(31)
	addi 9,9,1
	stb 9,0(31)
	slwi 8,8,2
	add 8,10,8
.L78:
	lwz 6,0(8)
	li 5,0
	b .L73
.L77:
	lwz 8,4(31)
	addi 10,8,4
	stw 10,4(31)
	b .L78
.L55:
	li 4,48
	addi 3,1,24
	bl put
	li 4,120
	addi 3,1,24
	bl put
	lbz 8,0(31)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L80
	lwz 9,8(31)
	addi 8,8,1
	stb 8,0(31)
	slwi 10,10,2
	add 9,9,10
.L81:
	lwz 6,0(9)
	li 10,48
	li 9,0
	stw 10,12(1)
	stw 9,16(1)
	li 10,8
	stw 9,8(1)
	li 8,16
	li 7,0
	li 5,0
	b .L125
.L80:
	lwz 9,4(31)
	addi 10,9,4
	stw 10,4(31)
	b .L81
.L57:
	lbz 8,0(31)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L82
	lwz 9,8(31)
	addi 8,8,1
	stb 8,0(31)
	slwi 10,10,2
	add 9,9,10
.L83:
	lbz 4,3(9)
.L126:
	addi 3,1,24
	bl put
	b .L39
.L82:
	lwz 9,4(31)
	addi 10,9,4
	stw 10,4(31)
	b .L83
.L54:
	lbz 8,0(31)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L84
	lwz 9,8(31)
	addi 8,8,1
	stb 8,0(31)
	slwi 10,10,2
	add 9,9,10
.L85:
	lwz 24,0(9)
	cmpwi 0,24,0
	bne+ 0,.L86
	lis 24,.LC2@ha
	la 24,.LC2@l(24)
.L86:
	cmpwi 7,7,-1
	li 25,0
.L87:
	lbzx 9,24,25
	cmpwi 0,9,0
	beq- 0,.L88
	beq- 7,.L89
	cmpw 0,25,7
	blt+ 0,.L89
.L88:
	beq- 4,.L106
.L93:
	li 23,0
.L91:
	cmpw 0,25,23
	bne+ 0,.L94
	beq+ 4,.L39
.L95:
	cmpw 0,29,25
	ble- 0,.L39
	li 4,32
	addi 3,1,24
	bl put
	addi 25,25,1
	b .L95
.L84:
	lwz 9,4(31)
	addi 10,9,4
	stw 10,4(31)
	b .L85
.L89:
	addi 25,25,1
	b .L87
.L92:
	li 4,32
	addi 3,1,24
	bl put
	addi 23,23,1
.L90:
	cmpw 0,29,23
	bgt+ 0,.L92
	b .L93
.L106:
	mr 23,25
	b .L90
.L94:
	lbzx 4,24,23
	addi 3,1,24
	addi 23,23,1
	bl put
	b .L91
.L51:
	li 4,37
	b .L126
.L49:
	li 4,63
	addi 3,1,24
	bl put
	mr 4,25
	b .L126
	.cfi_endproc
.LFE2:
	.size	vformat,.-vformat
	.align 2
	.type	say, @function
say:
.LFB4:
	.cfi_startproc
	stwu 1,-224(1)
	.cfi_def_cfa_offset 224
	mflr 0
	stw 9,208(1)
	li 9,1
	stb 9,168(1)
	li 9,0
	stb 9,169(1)
	addi 9,1,232
	stw 4,188(1)
	li 4,160
	stw 5,192(1)
	mr 5,3
	stw 6,196(1)
	addi 3,1,8
	stw 9,172(1)
	addi 6,1,168
	addi 9,1,184
	stw 10,212(1)
	stw 9,176(1)
	stw 0,228(1)
	.cfi_offset 65, 4
	stw 7,200(1)
	stw 8,204(1)
	bl vformat
	lis 10,.LANCHOR0@ha
	cmpwi 0,3,159
	lwz 9,.LANCHOR0@l(10)
	li 5,159
	add 9,9,3
	stw 9,.LANCHOR0@l(10)
	bgt- 0,.L132
	mr 5,3
.L132:
	addi 4,1,8
	li 3,1
	bl write
	lwz 0,228(1)
	addi 1,1,224
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE4:
	.size	say,.-say
	.section	.rodata.str1.1
.LC3:
	.string	"%d-%d-%d"
	.section	".text"
	.align 2
	.type	format.constprop.0, @function
format.constprop.0:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	lis 5,.LC3@ha
	mflr 0
	la 5,.LC3@l(5)
	li 4,8
	stw 9,40(1)
	li 9,3
	stb 9,8(1)
	li 9,0
	stb 9,9(1)
	addi 9,1,56
	stw 6,28(1)
	addi 6,1,8
	stw 9,12(1)
	addi 9,1,16
	stw 0,52(1)
	.cfi_offset 65, 4
	stw 7,32(1)
	stw 8,36(1)
	stw 10,44(1)
	stw 9,16(1)
	bl vformat
	lwz 0,52(1)
	addi 1,1,48
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE6:
	.size	format.constprop.0,.-format.constprop.0
	.section	.rodata.str1.1
.LC4:
	.string	"odd"
.LC5:
	.string	"even"
.LC6:
	.string	"plain text\n"
.LC7:
	.string	"%d %i %u [%5d] [%-5d] [%05d] [%+d] [% d]\n"
.LC8:
	.string	"%x %X %o %#\n"
.LC9:
	.string	"%lld %llu %llx\n"
.LC10:
	.string	"%ld %lu\n"
.LC11:
	.string	"truncate"
.LC12:
	.string	"left"
.LC13:
	.string	"right"
.LC14:
	.string	"hi"
.LC15:
	.string	"[%s] [%8s] [%-8s] [%.3s] [%s]\n"
.LC16:
	.string	"%c%c%c %% %p\n"
.LC17:
	.string	"four"
.LC18:
	.string	"mixed %d %lld %d %s %llx %c\n"
.LC19:
	.string	"truncated to '%s', needed %d\n"
.LC20:
	.string	"row %2d: %08x %-6s|\n"
.LC21:
	.string	"total so far %d\n"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	lis 3,.LC6@ha
	mflr 0
	la 3,.LC6@l(3)
	stw 0,68(1)
	stmw 27,44(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl say
	li 9,5
	lis 6,0xb2d0
	stw 9,8(1)
	lis 3,.LC7@ha
	li 10,5
	li 9,-17
	li 8,17
	li 7,17
	ori 6,6,0x5e00
	li 5,-42
	li 4,42
	la 3,.LC7@l(3)
	bl say
	li 5,0
	lis 4,0xdead
	lis 3,.LC8@ha
	ori 4,4,0xbeef
	li 6,511
	ori 5,5,0xcafe
	la 3,.LC8@l(3)
	bl say
	lis 9,0x123
	lis 10,0x89ab
	lis 7,0xf9cc
	lis 5,0x8319
	lis 3,.LC9@ha
	ori 9,9,0x4567
	ori 10,10,0xcdef
	ori 7,7,0xd8a1
	lis 8,0xc508
	lis 6,0x1d7c
	ori 5,5,0x93af
	la 3,.LC9@l(3)
	lis 27,0x111
	bl say
	lis 3,.LC10@ha
	li 5,-1
	lis 4,0x8000
	la 3,.LC10@l(3)
	lis 29,.LC4@ha
	bl say
	lis 7,.LC11@ha
	lis 6,.LC12@ha
	lis 5,.LC13@ha
	lis 4,.LC14@ha
	lis 3,.LC15@ha
	li 8,0
	la 7,.LC11@l(7)
	la 6,.LC12@l(6)
	la 5,.LC13@l(5)
	la 4,.LC14@l(4)
	la 3,.LC15@l(3)
	bl say
	lis 3,.LC16@ha
	li 7,4660
	li 6,99
	li 5,98
	li 4,97
	la 3,.LC16@l(3)
	lis 28,.LC5@ha
	bl say
	li 9,54
	stw 9,8(1)
	lis 8,.LC17@ha
	lis 3,.LC18@ha
	li 9,0
	li 10,5
	la 8,.LC17@l(8)
	li 7,3
	li 5,0
	li 6,2
	li 4,1
	la 3,.LC18@l(3)
	lis 30,.LC20@ha
	bl say
	lis 5,.LC3@ha
	li 8,3333
	li 7,2222
	li 6,1111
	la 5,.LC3@l(5)
	li 4,8
	addi 3,1,16
	bl format.constprop.0
	addi 4,1,16
	mr 5,3
	lis 3,.LC19@ha
	la 3,.LC19@l(3)
	li 31,0
	bl say
	ori 27,27,0x1111
	la 29,.LC4@l(29)
	la 28,.LC5@l(28)
	la 30,.LC20@l(30)
.L139:
	andi. 9,31,0x1
	mr 6,29
	mullw 5,31,27
	bne- 0,.L138
	mr 6,28
.L138:
	mr 4,31
	mr 3,30
	addi 31,31,1
	bl say
	cmpwi 0,31,5
	bne+ 0,.L139
	lis 31,.LANCHOR0@ha
	lis 3,.LC21@ha
	lwz 4,.LANCHOR0@l(31)
	la 3,.LC21@l(3)
	bl say
	lwz 3,.LANCHOR0@l(31)
	addi 11,1,64
	srawi 9,3,8
	addze 9,9
	slwi 9,9,8
	subf 3,9,3
	b _restgpr_27_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	total, @object
	.size	total, 4
total:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
