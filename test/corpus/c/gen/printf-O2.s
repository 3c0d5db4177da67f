	.file	"printf.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	cmpwi 0,9,0
	mflr 0
	stw 19,44(1)
	.cfi_register 65, 0
	.cfi_offset 19, -52
	mr 19,7
	stw 21,52(1)
	stw 22,56(1)
	stw 25,68(1)
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 25, -28
	mr 25,10
	stw 27,76(1)
	.cfi_offset 27, -20
	mr 27,8
	stw 28,80(1)
	.cfi_offset 28, -16
	mr 28,6
	stw 29,84(1)
	.cfi_offset 29, -12
	mr 29,5
	stw 31,92(1)
	.cfi_offset 31, -4
	mr 31,3
	stw 0,100(1)
	stw 20,48(1)
	stw 23,60(1)
	stw 24,64(1)
	stw 26,72(1)
	stw 30,88(1)
	.cfi_offset 65, 4
	.cfi_offset 20, -48
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 26, -24
	.cfi_offset 30, -8
	lbz 21,111(1)
	lbz 22,115(1)
	beq- 0,.L29
	lis 24,.LC0@ha
	la 24,.LC0@l(24)
.L2:
	li 20,0
	li 30,0
	addi 23,1,7
.L43:
	li 5,0
	mr 6,27
	mr 3,29
	mr 4,28
	bl __umoddi3
	mr 26,30
	lbzx 9,24,4
	addi 30,30,1
	mr 3,29
	mr 4,28
	li 5,0
	mr 6,27
	stbx 9,23,30
	bl __udivdi3
	mr 9,28
	cmplw 0,20,29
	mr 28,4
	mr 29,3
	bne+ 0,.L43
	cmplw 0,27,9
	ble+ 0,.L43
	cmpwi 0,19,0
	lwz 8,4(31)
	lwz 7,8(31)
	beq- 0,.L5
	addi 30,26,2
	li 22,45
.L6:
	cmplwi 0,21,48
	beq- 0,.L52
	lwz 9,104(1)
	cmpw 7,25,30
	cmpwi 0,9,0
	bne- 0,.L13
	bgt+ 7,.L45
.L13:
	addi 9,8,1
	cmplw 0,9,7
	blt- 0,.L53
.L20:
	stw 9,4(31)
	mr 8,9
.L11:
	addi 9,26,1
	mtctr 9
	addi 9,1,8
	add 26,9,26
	b .L23
.L54:
	lwz 7,8(31)
	addi 26,26,-1
	mr 8,9
.L23:
	addi 9,8,1
	cmplw 0,9,7
	bge- 0,.L21
	lwz 9,0(31)
	lbz 10,0(26)
	stbx 10,9,8
	lwz 9,4(31)
	addi 9,9,1
.L21:
	stw 9,4(31)
	bdnz .L54
	ble- 7,.L1
	subf 10,30,25
	li 7,32
	mtctr 10
	b .L26
.L55:
	lwz 10,0(31)
	stbx 7,10,9
	lwz 9,4(31)
	addi 9,9,1
	stw 9,4(31)
	bdz .L1
.L26:
	lwz 8,8(31)
	addi 10,9,1
	cmplw 0,10,8
	blt- 0,.L55
	mr 9,10
	stw 9,4(31)
	bdnz .L26
.L1:
	lwz 0,100(1)
	lwz 19,44(1)
	lwz 20,48(1)
	lwz 21,52(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 22,56(1)
	lwz 23,60(1)
	lwz 24,64(1)
	lwz 25,68(1)
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
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	blr
.L29:
	.cfi_restore_state
	lis 24,.LC1@ha
	la 24,.LC1@l(24)
	b .L2
.L5:
	cmpwi 0,22,0
	addic 9,22,-1
	addze 30,30
	bne- 0,.L6
	lwz 9,104(1)
	cmpw 7,25,30
	cmpwi 0,9,0
	bne- 0,.L11
	cmpw 0,30,25
	bge- 0,.L11
	li 22,0
	bgt- 7,.L45
	li 9,1
	mtctr 9
.L15:
	mfctr 9
	mtctr 9
	b .L17
.L57:
	lwz 9,0(31)
	stbx 21,9,8
	lwz 8,4(31)
	lwz 7,8(31)
	addi 8,8,1
	stw 8,4(31)
	bdz .L56
.L17:
	addi 9,8,1
	cmplw 0,9,7
	blt- 0,.L57
	mr 8,9
	stw 8,4(31)
	bdnz .L17
.L56:
	addi 25,25,-1
	ble- 7,.L18
	subf 10,25,30
.L19:
	rlwinm 9,22,0,0xff
	add 25,10,25
	cmpwi 0,9,0
	cmpw 7,25,30
	beq- 0,.L11
	cmplwi 0,21,48
	cmpw 7,25,30
	beq- 0,.L11
	addi 9,8,1
	cmplw 0,9,7
	bge- 0,.L20
	b .L53
.L52:
	addi 9,8,1
	cmplw 0,9,7
	bge- 0,.L30
	lwz 9,0(31)
	stbx 22,9,8
	lwz 8,4(31)
	lwz 7,8(31)
	addi 8,8,1
.L9:
	lwz 9,104(1)
	cmpw 7,25,30
	stw 8,4(31)
	cmpwi 0,9,0
	bne- 0,.L11
	ble- 7,.L11
.L45:
	subf 9,30,25
	mtctr 9
	b .L15
.L53:
	lwz 9,0(31)
	stbx 22,9,8
	lwz 9,4(31)
	lwz 7,8(31)
	addi 9,9,1
	b .L20
.L18:
	li 10,0
	b .L19
.L30:
	mr 8,9
	b .L9
	.cfi_endproc
.LFE1:
	.size	put_num,.-put_num
	.section	.rodata.str1.4
	.align 2
.LC2:
	.string	"(null)"
	.section	".text"
	.align 2
	.type	vformat, @function
vformat:
.LFB2:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	li 8,0
	stw 27,44(1)
	.cfi_offset 27, -20
	mr 27,3
	stw 3,24(1)
	stw 4,32(1)
	lbz 9,0(5)
	stw 8,28(1)
	andi. 10,9,0xff
	beq- 0,.L152
	mflr 0
	.cfi_register 65, 0
	stw 29,52(1)
	.cfi_offset 29, -12
	stw 0,68(1)
	.cfi_offset 65, 4
	lis 29,.L80@ha
	stw 28,48(1)
	.cfi_offset 28, -16
	la 29,.L80@l(29)
	stw 30,56(1)
	.cfi_offset 30, -8
	mr 28,4
	stw 31,60(1)
	.cfi_offset 31, -4
	mr 30,6
	mr 31,5
.L142:
	cmpwi 0,10,37
	beq- 0,.L230
	lwz 8,28(1)
	lwz 7,32(1)
	addi 10,8,1
	cmplw 0,10,7
	bge- 0,.L62
	lwz 7,24(1)
	stbx 9,7,8
.L62:
	stw 10,28(1)
.L63:
	lbz 9,1(31)
	addi 31,31,1
	andi. 10,9,0xff
	bne+ 0,.L142
	lwz 3,28(1)
	cmplw 0,3,28
	blt- 0,.L231
	addi 28,28,-1
	add 27,27,28
.L228:
	li 9,0
	lwz 0,68(1)
	lwz 28,48(1)
	.cfi_remember_state
	.cfi_restore 28
	lwz 29,52(1)
	.cfi_restore 29
	lwz 30,56(1)
	.cfi_restore 30
	mtlr 0
	.cfi_restore 65
	lwz 31,60(1)
	.cfi_restore 31
	stb 9,0(27)
	lwz 27,44(1)
	addi 1,1,64
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L230:
	.cfi_restore_state
	mr 6,31
	li 4,0
	lbz 8,1(6)
	li 0,32
	li 3,0
	addi 10,6,1
	rlwinm 9,8,0,0xff
	cmpwi 0,9,45
	beq- 0,.L153
.L232:
	cmpwi 0,9,48
	beq- 0,.L154
	cmpwi 0,9,43
	beq- 0,.L156
	cmpwi 0,9,32
	bne- 0,.L65
	rlwinm 9,4,0,0xff
	cmpwi 0,9,0
	beq- 0,.L156
	mr 6,10
.L233:
	lbz 8,1(6)
	addi 10,6,1
	rlwinm 9,8,0,0xff
	cmpwi 0,9,45
	bne+ 0,.L232
.L153:
	li 3,1
	mr 6,10
	b .L233
.L156:
	mr 4,8
	mr 6,10
	b .L233
.L154:
	mr 0,8
	mr 6,10
	b .L233
.L65:
	cmpwi 7,3,0
	beq- 7,.L66
	li 0,32
.L66:
	addi 8,8,-48
	li 11,0
	rlwinm 8,8,0,0xff
	cmplwi 0,8,9
	bgt- 0,.L68
.L67:
	mr 6,10
	lbzu 7,1(10)
	mulli 11,11,10
	addi 9,9,-48
	addi 8,7,-48
	add 11,9,11
	rlwinm 8,8,0,0xff
	rlwinm 9,7,0,0xff
	cmplwi 0,8,9
	ble+ 0,.L67
.L68:
	cmpwi 0,9,46
	beq- 0,.L234
	lbz 10,1(6)
	li 5,-1
.L72:
	rlwinm 7,10,0,0xff
	mr 9,6
	cmpwi 0,7,108
	bne- 0,.L235
.L74:
	mr 8,9
	addi 9,9,1
	lbz 10,1(9)
	rlwinm 7,10,0,0xff
	cmpwi 0,7,108
	beq+ 0,.L74
	cmpwi 0,7,37
	addi 31,8,2
	beq- 0,.L77
	addi 9,10,-88
	rlwinm 9,9,0,0xff
	cmplwi 0,9,32
	bgt- 0,.L78
	slwi 9,9,2
	subfic 6,6,1
	lwzx 9,29,9
	add 8,8,6
	add 9,9,29
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L80:
	.long .L79-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L84-.L80
	.long .L83-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L83-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L79-.L80
	.long .L82-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L81-.L80
	.long .L78-.L80
	.long .L79-.L80
	.long .L78-.L80
	.long .L78-.L80
	.long .L79-.L80
	.section	".text"
.L78:
	lwz 9,28(1)
	lwz 8,32(1)
	addi 7,9,1
	cmplw 0,7,8
	bge- 0,.L140
	lwz 6,24(1)
	li 5,63
	stbx 5,6,9
.L140:
	addi 9,9,2
	cmplw 0,9,8
	bge- 0,.L141
	lwz 8,24(1)
	stbx 10,8,7
.L141:
	stw 9,28(1)
	b .L63
.L79:
	cmpwi 0,8,1
	lbz 9,0(30)
	beq- 0,.L93
	rlwinm 10,9,0,0xff
	addi 9,9,1
	cmplwi 0,10,6
	rlwinm 9,9,0,0,30
	stb 9,0(30)
	bgt- 0,.L94
	lwz 10,8(30)
	rlwinm 8,9,2,22,28
	addi 9,9,2
	stb 9,0(30)
	add 9,10,8
.L95:
	lwz 5,0(9)
	lwz 6,4(9)
.L96:
	cmpwi 0,7,117
	li 8,10
	beq- 0,.L102
	cmpwi 0,7,111
	li 8,8
	beq- 0,.L102
	li 8,16
.L102:
	rlwinm 0,0,0,0xff
	li 10,0
	stw 3,8(1)
	xori 9,7,0x58
	stw 10,16(1)
	cntlzw 9,9
	stw 0,12(1)
	srwi 9,9,5
	mr 10,11
	li 7,0
	addi 3,1,24
	bl put_num
	b .L63
.L83:
	cmpwi 0,8,1
	lbz 9,0(30)
	beq- 0,.L85
	rlwinm 10,9,0,0xff
	addi 9,9,1
	cmplwi 0,10,6
	rlwinm 9,9,0,0,30
	stb 9,0(30)
	bgt- 0,.L86
	lwz 10,8(30)
	rlwinm 8,9,2,22,28
	addi 9,9,2
	stb 9,0(30)
	add 9,10,8
.L87:
	lwz 7,0(9)
	lwz 6,4(9)
.L88:
	cmpwi 0,7,0
	mr 5,7
	bge+ 0,.L91
	subfic 6,6,0
	subfze 5,7
.L91:
	rlwinm 4,4,0,0xff
	rlwinm 0,0,0,0xff
	stw 3,8(1)
	mr 10,11
	stw 4,16(1)
	srwi 7,7,31
	stw 0,12(1)
	li 9,0
	li 8,10
	addi 3,1,24
	bl put_num
	b .L63
.L81:
	lbz 8,0(30)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L110
	lwz 9,8(30)
	addi 8,8,1
	stb 8,0(30)
	slwi 10,10,2
	add 9,9,10
.L111:
	lwz 8,0(9)
	cmpwi 0,8,0
	beq- 0,.L160
	lbz 9,0(8)
	cmpwi 0,9,0
	beq- 0,.L236
.L112:
	cmpwi 5,5,-1
	li 9,0
.L114:
	beq- 5,.L118
	cmpw 0,5,9
	ble- 0,.L237
.L118:
	addi 9,9,1
	lbzx 10,8,9
	cmpwi 0,10,0
	bne+ 0,.L114
	beq- 7,.L221
.L229:
	cmpwi 5,9,0
.L150:
	lwz 10,28(1)
	lwz 7,32(1)
	lwz 5,24(1)
	ble- 5,.L131
.L240:
	mtctr 9
.L132:
	addi 4,10,1
	mfctr 6
	not 10,10
	addi 5,5,-1
	add 8,8,10
	mtctr 6
	mr 10,4
.L134:
	cmplw 0,10,7
	bge- 0,.L133
	lbzx 6,8,10
	stbx 6,5,10
.L133:
	addi 10,10,1
	bdnz .L134
	ble- 5,.L135
	addi 10,9,-1
.L136:
	add 10,10,4
	stw 10,28(1)
	beq+ 7,.L63
.L116:
	cmpw 0,9,11
	bge- 0,.L63
	subf 3,9,11
	lwz 5,28(1)
	lwz 6,24(1)
	andi. 10,3,0x1
	lwz 7,32(1)
	mr 8,3
	mr 10,5
	li 4,32
	addi 6,6,-1
	bne- 0,.L238
.L189:
	srwi 8,8,1
	mtctr 8
.L138:
	addi 10,10,1
	cmplw 0,10,7
	bge- 0,.L137
	stbx 4,6,10
.L137:
	addi 10,10,1
	cmplw 0,10,7
	bge- 0,.L190
	stbx 4,6,10
.L190:
	bdnz .L138
.L222:
	add 5,11,5
	subf 9,9,5
	stw 9,28(1)
	b .L63
.L84:
	lbz 10,0(30)
	rlwinm 9,10,0,0xff
	cmplwi 0,9,7
	bgt- 0,.L107
	lwz 8,8(30)
	addi 10,10,1
	slwi 9,9,2
	stb 10,0(30)
	add 10,8,9
.L108:
	lwz 8,28(1)
	lwz 7,32(1)
	addi 9,8,1
	cmplw 0,9,7
	bge- 0,.L141
	lwz 7,0(10)
	lwz 10,24(1)
	stbx 7,10,8
	stw 9,28(1)
	b .L63
.L82:
	lwz 9,28(1)
	lwz 10,32(1)
	addi 8,9,1
	cmplw 0,8,10
	bge- 0,.L103
	lwz 7,24(1)
	li 6,48
	stbx 6,7,9
.L103:
	addi 9,9,2
	cmplw 0,9,10
	bge- 0,.L104
	lwz 10,24(1)
	li 7,120
	stbx 7,10,8
.L104:
	lbz 8,0(30)
	stw 9,28(1)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L105
	lwz 9,8(30)
	addi 8,8,1
	stb 8,0(30)
	slwi 10,10,2
	add 9,9,10
.L106:
	lwz 6,0(9)
	li 8,48
	li 9,0
	stw 8,12(1)
	stw 9,16(1)
	li 10,8
	stw 9,8(1)
	li 8,16
	li 7,0
	li 5,0
	addi 3,1,24
	bl put_num
	b .L63
.L234:
	mr 8,6
	li 5,0
	lbzu 10,2(8)
	addi 6,6,1
	addi 9,10,-48
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	bgt- 0,.L72
.L73:
	rlwinm 9,10,0,0xff
	mr 6,8
	lbzu 10,1(8)
	mulli 5,5,10
	addi 9,9,-48
	add 5,9,5
	addi 9,10,-48
	rlwinm 9,9,0,0xff
	cmplwi 0,9,9
	ble+ 0,.L73
	rlwinm 7,10,0,0xff
	mr 9,6
	cmpwi 0,7,108
	beq+ 0,.L74
.L235:
	cmpwi 0,7,37
	addi 31,6,1
	beq- 0,.L77
	addi 9,10,-88
	rlwinm 9,9,0,0xff
	cmplwi 0,9,32
	bgt- 0,.L78
	lis 8,.L144@ha
	slwi 9,9,2
	la 8,.L144@l(8)
	lwzx 9,8,9
	add 9,9,8
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L144:
	.long .L99-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L84-.L144
	.long .L145-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L145-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L99-.L144
	.long .L82-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L81-.L144
	.long .L78-.L144
	.long .L99-.L144
	.long .L78-.L144
	.long .L78-.L144
	.long .L99-.L144
	.section	".text"
.L77:
	lwz 10,28(1)
	lwz 8,32(1)
	addi 9,10,1
	cmplw 0,9,8
	bge- 0,.L141
	lwz 8,24(1)
	li 7,37
	stbx 7,8,10
	stw 9,28(1)
	b .L63
.L105:
	lwz 9,4(30)
	addi 10,9,4
	stw 10,4(30)
	b .L106
.L107:
	lwz 10,4(30)
	addi 9,10,4
	stw 9,4(30)
	b .L108
.L110:
	lwz 9,4(30)
	addi 10,9,4
	stw 10,4(30)
	b .L111
.L85:
	rlwinm 8,9,0,0xff
	cmplwi 0,8,7
	bgt- 0,.L148
	lwz 10,8(30)
	addi 9,9,1
	stb 9,0(30)
	slwi 8,8,2
	add 8,10,8
.L89:
	lwz 6,0(8)
	srawi 7,6,31
	b .L88
.L93:
	rlwinm 8,9,0,0xff
	cmplwi 0,8,7
	bgt- 0,.L97
	lwz 10,8(30)
	addi 9,9,1
	stb 9,0(30)
	slwi 8,8,2
	add 8,10,8
.L98:
	lwz 6,0(8)
	li 5,0
	b .L96
.L99:
	lbz 8,0(30)
	rlwinm 10,8,0,0xff
	cmplwi 0,10,7
	bgt- 0,.L100
	lwz 9,8(30)
	addi 8,8,1
	stb 8,0(30)
	slwi 10,10,2
	add 9,9,10
.L101:
	lwz 6,0(9)
	li 5,0
	b .L96
.L221:
	cmpw 0,9,11
	cmpw 5,11,9
	bge- 0,.L229
.L120:
	lwz 4,28(1)
	lwz 7,32(1)
	lwz 5,24(1)
	ble- 5,.L123
	subf 12,9,11
.L124:
	andi. 10,12,0x1
	addi 3,5,-1
	mr 10,4
	li 0,32
	mr 6,12
	beq- 0,.L194
	addi 10,4,1
	cmplw 0,10,7
	bge- 0,.L192
	stbx 0,3,10
.L192:
	cmpwi 0,12,1
	beq- 0,.L223
.L194:
	srwi 6,6,1
	mtctr 6
.L126:
	addi 10,10,1
	cmplw 0,10,7
	bge- 0,.L125
	stbx 0,3,10
.L125:
	addi 10,10,1
	cmplw 0,10,7
	bge- 0,.L195
	stbx 0,3,10
.L195:
	bdnz .L126
.L223:
	bgt- 5,.L239
	li 10,0
.L129:
	addi 4,4,1
	cmpwi 5,9,0
	add 10,10,4
	stw 10,28(1)
	beq- 5,.L63
	bgt+ 5,.L240
.L131:
	li 6,1
	mtctr 6
	b .L132
.L145:
	lbz 10,0(30)
	rlwinm 8,10,0,0xff
	cmplwi 0,8,7
	bgt- 0,.L146
	lwz 9,8(30)
	addi 10,10,1
	stb 10,0(30)
	slwi 8,8,2
	add 9,9,8
.L90:
	lwz 6,0(9)
	srawi 7,6,31
	b .L88
.L231:
	add 27,27,3
	b .L228
.L135:
	li 10,0
	b .L136
.L237:
	beq- 7,.L241
	cmpwi 5,9,0
	bne+ 5,.L150
	b .L116
.L152:
	.cfi_restore 28
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	li 9,0
	li 3,0
	stb 9,0(27)
	lwz 27,44(1)
	addi 1,1,64
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
.L160:
	.cfi_def_cfa_offset 64
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	lis 8,.LC2@ha
	la 8,.LC2@l(8)
	b .L112
.L94:
	lwz 9,4(30)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 10,9,8
	stw 10,4(30)
	b .L95
.L86:
	lwz 9,4(30)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 10,9,8
	stw 10,4(30)
	b .L87
.L146:
	lwz 9,4(30)
	addi 10,9,4
	stw 10,4(30)
	b .L90
.L123:
	li 12,1
	b .L124
.L100:
	lwz 9,4(30)
	addi 10,9,4
	stw 10,4(30)
	b .L101
.L97:
	lwz 8,4(30)
	addi 10,8,4
	stw 10,4(30)
	b .L98
.L148:
	lwz 8,4(30)
	addi 10,8,4
	stw 10,4(30)
	b .L89
.L238:
	addi 10,5,1
	cmplw 0,10,7
	bge- 0,.L187
	stbx 4,6,10
.L187:
	cmpwi 0,3,1
	bne+ 0,.L189
	b .L222
.L239:
	addi 10,11,-1
	subf 10,9,10
	b .L129
.L241:
	cmpw 5,11,9
	bgt+ 5,.L120
	cmpwi 5,9,0
	bne+ 5,.L150
	b .L63
.L236:
	beq- 7,.L115
	li 9,0
	b .L116
.L115:
	cmpwi 5,11,0
	beq- 5,.L63
	li 9,0
	b .L120
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
	mr 11,3
	li 12,0
	stw 0,228(1)
	addi 3,1,8
	stw 31,220(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	addi 0,1,232
	stw 4,188(1)
	li 31,1
	stw 5,192(1)
	li 4,160
	mr 5,11
	stw 6,196(1)
	addi 11,1,184
	addi 6,1,168
	stw 9,208(1)
	stw 10,212(1)
	stw 7,200(1)
	stw 8,204(1)
	stb 31,168(1)
	stb 12,169(1)
	stw 0,172(1)
	stw 11,176(1)
	bl vformat
	lis 10,.LANCHOR0@ha
	cmpwi 0,3,159
	lwz 9,.LANCHOR0@l(10)
	li 5,159
	add 9,9,3
	stw 9,.LANCHOR0@l(10)
	bgt- 0,.L243
	mr 5,3
.L243:
	addi 4,1,8
	li 3,1
	bl write
	lwz 0,228(1)
	lwz 31,220(1)
	addi 1,1,224
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE4:
	.size	say,.-say
	.section	.rodata.str1.4
	.align 2
.LC3:
	.string	"%d-%d-%d"
	.section	".text"
	.align 2
	.type	format.constprop.0, @function
format.constprop.0:
.LFB6:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	lis 5,.LC3@ha
	li 12,0
	la 5,.LC3@l(5)
	li 4,8
	stw 0,68(1)
	addi 11,1,16
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	addi 0,1,72
	stw 6,28(1)
	li 31,3
	addi 6,1,8
	stb 31,8(1)
	stw 0,12(1)
	stw 7,32(1)
	stw 8,36(1)
	stw 9,40(1)
	stw 10,44(1)
	stb 12,9(1)
	stw 11,16(1)
	bl vformat
	lwz 0,68(1)
	lwz 31,60(1)
	addi 1,1,64
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE6:
	.size	format.constprop.0,.-format.constprop.0
	.section	.rodata.str1.4
	.align 2
.LC4:
	.string	"odd"
	.align 2
.LC5:
	.string	"even"
	.align 2
.LC6:
	.string	"plain text\n"
	.align 2
.LC7:
	.string	"%d %i %u [%5d] [%-5d] [%05d] [%+d] [% d]\n"
	.align 2
.LC8:
	.string	"%x %X %o %#\n"
	.align 2
.LC9:
	.string	"%lld %llu %llx\n"
	.align 2
.LC10:
	.string	"%ld %lu\n"
	.align 2
.LC11:
	.string	"truncate"
	.align 2
.LC12:
	.string	"left"
	.align 2
.LC13:
	.string	"right"
	.align 2
.LC14:
	.string	"hi"
	.align 2
.LC15:
	.string	"[%s] [%8s] [%-8s] [%.3s] [%s]\n"
	.align 2
.LC16:
	.string	"%c%c%c %% %p\n"
	.align 2
.LC17:
	.string	"four"
	.align 2
.LC18:
	.string	"mixed %d %lld %d %s %llx %c\n"
	.align 2
.LC19:
	.string	"truncated to '%s', needed %d\n"
	.align 2
.LC20:
	.string	"row %2d: %08x %-6s|\n"
	.align 2
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
	stw 27,44(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	lis 27,.LC5@ha
	stw 28,48(1)
	.cfi_offset 28, -16
	lis 28,.LC20@ha
	stw 29,52(1)
	.cfi_offset 29, -12
	lis 29,.LC4@ha
	stw 30,56(1)
	la 28,.LC20@l(28)
	stw 31,60(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl say
	li 9,5
	lis 3,.LC7@ha
	stw 9,8(1)
	lis 6,0xb2d0
	li 10,5
	li 9,-17
	li 8,17
	li 7,17
	la 3,.LC7@l(3)
	ori 6,6,0x5e00
	li 5,-42
	li 4,42
	bl say
	lis 3,.LC8@ha
	li 5,0
	lis 4,0xdead
	ori 4,4,0xbeef
	la 3,.LC8@l(3)
	ori 5,5,0xcafe
	li 6,511
	bl say
	lis 3,.LC9@ha
	lis 9,0x123
	lis 10,0x89ab
	lis 7,0xf9cc
	lis 5,0x8319
	ori 9,9,0x4567
	ori 10,10,0xcdef
	ori 7,7,0xd8a1
	lis 8,0xc508
	lis 6,0x1d7c
	la 3,.LC9@l(3)
	ori 5,5,0x93af
	li 30,0
	bl say
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	li 5,-1
	lis 4,0x8000
	li 31,0
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
	la 3,.LC16@l(3)
	li 7,4660
	li 6,99
	li 5,98
	li 4,97
	la 29,.LC4@l(29)
	bl say
	li 9,54
	stw 9,8(1)
	lis 8,.LC17@ha
	lis 3,.LC18@ha
	li 9,0
	li 10,5
	la 8,.LC17@l(8)
	la 3,.LC18@l(3)
	li 7,3
	li 5,0
	li 6,2
	li 4,1
	la 27,.LC5@l(27)
	bl say
	lis 5,.LC3@ha
	la 5,.LC3@l(5)
	li 8,3333
	li 7,2222
	li 6,1111
	li 4,8
	addi 3,1,16
	bl format.constprop.0
	addi 4,1,16
	mr 5,3
	lis 3,.LC19@ha
	la 3,.LC19@l(3)
	bl say
.L250:
	andi. 9,31,0x1
	mr 4,31
	mr 5,30
	mr 3,28
	addi 31,31,1
	mr 6,29
	bne- 0,.L249
	mr 6,27
.L249:
	bl say
	addis 30,30,0x111
	cmpwi 0,31,5
	addi 30,30,4369
	bne+ 0,.L250
	lis 31,.LANCHOR0@ha
	lis 3,.LC21@ha
	lwz 4,.LANCHOR0@l(31)
	la 3,.LC21@l(3)
	bl say
	lwz 3,.LANCHOR0@l(31)
	lwz 0,68(1)
	lwz 27,44(1)
	srawi 9,3,8
	addze 9,9
	slwi 9,9,8
	lwz 28,48(1)
	lwz 29,52(1)
	subf 3,9,3
	lwz 30,56(1)
	mtlr 0
	.cfi_restore 65
	lwz 31,60(1)
	addi 1,1,64
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
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
