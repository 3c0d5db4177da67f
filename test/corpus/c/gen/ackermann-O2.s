	.file	"ackermann.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	tak, @function
tak:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	cmpw 0,3,4
	stw 28,16(1)
	.cfi_offset 28, -16
	lis 28,.LANCHOR0@ha
	lwz 9,.LANCHOR0@l(28)
	stw 30,24(1)
	.cfi_offset 30, -8
	mr 30,5
	addi 9,9,1
	stw 9,.LANCHOR0@l(28)
	ble- 0,.L2
	mflr 0
	.cfi_register 65, 0
	stw 27,12(1)
	.cfi_offset 27, -20
	stw 0,36(1)
	.cfi_offset 65, 4
	la 28,.LANCHOR0@l(28)
	stw 29,20(1)
	.cfi_offset 29, -12
	mr 29,3
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,4
.L3:
	mr 5,30
	mr 4,31
	addi 3,29,-1
	mr 27,29
	bl tak
	mr 4,30
	mr 29,3
	mr 5,27
	addi 3,31,-1
	bl tak
	mr 5,31
	mr 9,3
	mr 4,27
	addi 3,30,-1
	mr 31,9
	bl tak
	lwz 9,0(28)
	cmpw 0,29,31
	mr 30,3
	addi 9,9,1
	stw 9,0(28)
	bgt+ 0,.L3
	lwz 0,36(1)
	lwz 27,12(1)
	.cfi_restore 27
	lwz 29,20(1)
	.cfi_restore 29
	lwz 31,28(1)
	.cfi_restore 31
	mtlr 0
	.cfi_restore 65
.L2:
	mr 3,30
	lwz 28,16(1)
	lwz 30,24(1)
	addi 1,1,32
	.cfi_restore 30
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE2:
	.size	tak,.-tak
	.align 2
	.type	mc91, @function
mc91:
.LFB1:
	.cfi_startproc
	cmpwi 0,3,100
	lis 9,.LANCHOR0@ha
	lwz 10,.LANCHOR0@l(9)
	bgt- 0,.L110
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	addi 6,3,11
	cmpwi 0,6,100
	stw 31,12(1)
	.cfi_offset 31, -4
	bgt- 0,.L111
	addi 7,3,22
	mflr 0
	.cfi_register 65, 0
	cmpwi 0,7,100
	stw 0,20(1)
	.cfi_offset 65, 4
	bgt- 0,.L112
	addi 6,3,33
	cmpwi 0,6,100
	bgt- 0,.L113
	addi 7,3,44
	cmpwi 0,7,100
	bgt- 0,.L114
	addi 6,3,55
	cmpwi 0,6,100
	bgt- 0,.L115
	addi 7,3,66
	cmpwi 0,7,100
	bgt- 0,.L116
	addi 6,3,77
	cmpwi 0,6,100
	bgt- 0,.L117
	addi 8,3,88
	addi 10,10,9
	cmpwi 0,8,100
	stw 10,.LANCHOR0@l(9)
	la 31,.LANCHOR0@l(9)
	bgt- 0,.L99
.L38:
	addi 3,8,11
	bl mc91
	lwz 10,0(31)
	cmpwi 0,3,100
	mr 8,3
	addi 10,10,1
	stw 10,0(31)
	ble+ 0,.L38
.L99:
	andi. 9,8,0x1
	subfic 9,8,111
	bne- 0,.L65
	addi 6,8,-10
	addi 5,10,1
	cmpwi 0,6,100
	stw 5,0(31)
	addi 8,8,1
	addi 10,10,2
	bgt- 0,.L96
.L65:
	addi 7,8,-10
	srwi 9,9,1
	cmpwi 0,7,101
	addi 9,9,1
	bgt- 0,.L118
.L40:
	cmpwi 0,9,1
	addi 5,10,1
	stw 5,0(31)
	addi 7,10,3
	addi 6,8,-10
	addi 9,9,-1
	beq- 0,.L96
.L39:
	addi 10,10,4
	cmpwi 0,9,1
	addi 8,8,2
	addi 5,10,1
	stw 7,0(31)
	addi 6,8,-10
	stw 5,0(31)
	addi 7,10,3
	addi 9,9,-1
	bne+ 0,.L39
.L96:
	andi. 9,6,0x1
	subfic 9,6,111
	bne- 0,.L62
	addi 7,6,-10
	addi 10,5,1
	cmpwi 0,7,100
	stw 10,0(31)
	addi 6,6,1
	addi 5,5,2
	bgt- 0,.L94
.L62:
	addi 10,6,-10
	srwi 9,9,1
	cmpwi 0,10,101
	addi 9,9,1
	bgt- 0,.L119
.L36:
	cmpwi 0,9,1
	addi 10,5,1
	stw 10,0(31)
	addi 8,5,3
	addi 7,6,-10
	addi 9,9,-1
	beq- 0,.L94
.L35:
	addi 5,5,4
	cmpwi 0,9,1
	addi 6,6,2
	addi 10,5,1
	stw 8,0(31)
	addi 7,6,-10
	stw 10,0(31)
	addi 8,5,3
	addi 9,9,-1
	bne+ 0,.L35
.L94:
	andi. 9,7,0x1
	subfic 9,7,111
	bne- 0,.L59
	addi 6,7,-10
	addi 8,10,1
	cmpwi 0,6,100
	stw 8,0(31)
	addi 7,7,1
	addi 10,10,2
	bgt- 0,.L92
.L59:
	addi 8,7,-10
	srwi 9,9,1
	cmpwi 0,8,101
	addi 9,9,1
	bgt- 0,.L120
.L32:
	cmpwi 0,9,1
	addi 8,10,1
	stw 8,0(31)
	addi 5,10,3
	addi 6,7,-10
	addi 9,9,-1
	beq- 0,.L92
.L31:
	addi 10,10,4
	cmpwi 0,9,1
	addi 7,7,2
	addi 8,10,1
	stw 5,0(31)
	addi 6,7,-10
	stw 8,0(31)
	addi 5,10,3
	addi 9,9,-1
	bne+ 0,.L31
.L92:
	andi. 9,6,0x1
	subfic 9,6,111
	beq- 0,.L121
.L56:
	addi 10,6,-10
	srwi 9,9,1
	cmpwi 0,10,101
	addi 9,9,1
	bgt- 0,.L122
.L28:
	cmpwi 0,9,1
	addi 10,8,1
	stw 10,0(31)
	addi 5,8,3
	addi 7,6,-10
	addi 9,9,-1
	beq- 0,.L90
.L27:
	addi 8,8,4
	cmpwi 0,9,1
	addi 6,6,2
	addi 10,8,1
	stw 5,0(31)
	addi 7,6,-10
	stw 10,0(31)
	addi 5,8,3
	addi 9,9,-1
	bne+ 0,.L27
.L90:
	andi. 9,7,0x1
	subfic 9,7,111
	beq- 0,.L123
.L53:
	addi 8,7,-10
	srwi 9,9,1
	cmpwi 0,8,101
	addi 9,9,1
	bgt- 0,.L124
.L24:
	cmpwi 0,9,1
	addi 8,10,1
	stw 8,0(31)
	addi 5,10,3
	addi 6,7,-10
	addi 9,9,-1
	beq- 0,.L88
.L23:
	addi 10,10,4
	cmpwi 0,9,1
	addi 7,7,2
	addi 8,10,1
	stw 5,0(31)
	addi 6,7,-10
	stw 8,0(31)
	addi 5,10,3
	addi 9,9,-1
	bne+ 0,.L23
.L88:
	andi. 9,6,0x1
	subfic 9,6,111
	beq- 0,.L125
.L50:
	addi 10,6,-10
	srwi 9,9,1
	cmpwi 0,10,101
	addi 9,9,1
	bgt- 0,.L126
.L20:
	cmpwi 0,9,1
	addi 10,8,1
	stw 10,0(31)
	addi 5,8,3
	addi 7,6,-10
	addi 9,9,-1
	beq- 0,.L86
.L19:
	addi 8,8,4
	cmpwi 0,9,1
	addi 6,6,2
	addi 10,8,1
	stw 5,0(31)
	addi 7,6,-10
	stw 10,0(31)
	addi 5,8,3
	addi 9,9,-1
	bne+ 0,.L19
.L86:
	andi. 9,7,0x1
	subfic 9,7,111
	beq- 0,.L127
.L47:
	addi 8,7,-10
	srwi 9,9,1
	cmpwi 0,8,101
	addi 9,9,1
	bgt- 0,.L128
.L16:
	cmpwi 0,9,1
	addi 5,10,1
	stw 5,0(31)
	addi 8,10,3
	addi 6,7,-10
	addi 9,9,-1
	beq- 0,.L106
.L15:
	addi 10,10,4
	cmpwi 0,9,1
	addi 7,7,2
	addi 5,10,1
	stw 8,0(31)
	addi 6,7,-10
	stw 5,0(31)
	addi 8,10,3
	addi 9,9,-1
	bne+ 0,.L15
.L106:
	lwz 0,20(1)
	mtlr 0
	.cfi_restore 65
.L85:
	andi. 9,6,0x1
	subfic 9,6,111
	beq- 0,.L129
.L44:
	addi 10,6,-10
	srwi 9,9,1
	cmpwi 0,10,101
	addi 9,9,1
	bgt- 0,.L130
.L12:
	cmpwi 0,9,1
	addi 8,5,1
	stw 8,0(31)
	addi 10,5,3
	addi 3,6,-10
	addi 9,9,-1
	beq- 0,.L11
.L131:
	addi 5,5,4
	cmpwi 0,9,1
	addi 6,6,2
	addi 8,5,1
	stw 10,0(31)
	addi 3,6,-10
	stw 8,0(31)
	addi 10,5,3
	addi 9,9,-1
	bne+ 0,.L131
.L11:
	lwz 31,12(1)
	addi 3,3,-10
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L124:
	.cfi_def_cfa_offset 16
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	li 9,1
	b .L24
.L126:
	li 9,1
	b .L20
.L122:
	li 9,1
	b .L28
.L120:
	li 9,1
	b .L32
.L118:
	li 9,1
	b .L40
.L119:
	li 9,1
	b .L36
.L121:
	addi 7,6,-10
	addi 10,8,1
	cmpwi 0,7,100
	stw 10,0(31)
	addi 6,6,1
	addi 8,8,2
	ble+ 0,.L56
	andi. 9,7,0x1
	subfic 9,7,111
	bne- 0,.L53
.L123:
	addi 6,7,-10
	addi 8,10,1
	cmpwi 0,6,100
	stw 8,0(31)
	addi 7,7,1
	addi 10,10,2
	ble+ 0,.L53
	andi. 9,6,0x1
	subfic 9,6,111
	bne- 0,.L50
.L125:
	addi 7,6,-10
	addi 10,8,1
	cmpwi 0,7,100
	stw 10,0(31)
	addi 6,6,1
	addi 8,8,2
	ble+ 0,.L50
	andi. 9,7,0x1
	subfic 9,7,111
	bne- 0,.L47
.L127:
	addi 6,7,-10
	addi 5,10,1
	cmpwi 0,6,100
	stw 5,0(31)
	addi 7,7,1
	addi 10,10,2
	ble+ 0,.L47
	b .L106
.L117:
	addi 5,10,8
	la 31,.LANCHOR0@l(9)
	stw 5,.LANCHOR0@l(9)
	b .L96
.L128:
	li 9,1
	b .L16
.L116:
	addi 10,10,7
	la 31,.LANCHOR0@l(9)
	stw 10,.LANCHOR0@l(9)
	b .L94
.L115:
	addi 8,10,6
	la 31,.LANCHOR0@l(9)
	stw 8,.LANCHOR0@l(9)
	b .L92
.L130:
	.cfi_restore 65
	li 9,1
	b .L12
.L129:
	addi 3,6,-10
	addi 10,5,1
	cmpwi 0,3,100
	stw 10,0(31)
	bgt- 0,.L11
	addi 6,6,1
	addi 5,5,2
	b .L44
.L114:
	.cfi_offset 65, 4
	addi 10,10,5
	la 31,.LANCHOR0@l(9)
	stw 10,.LANCHOR0@l(9)
	b .L90
.L113:
	addi 8,10,4
	la 31,.LANCHOR0@l(9)
	stw 8,.LANCHOR0@l(9)
	b .L88
.L110:
	.cfi_def_cfa_offset 0
	.cfi_restore 31
	.cfi_restore 65
	addi 10,10,1
	addi 3,3,-10
	stw 10,.LANCHOR0@l(9)
	blr
.L112:
	.cfi_def_cfa_offset 16
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	addi 10,10,3
	la 31,.LANCHOR0@l(9)
	stw 10,.LANCHOR0@l(9)
	b .L86
.L111:
	.cfi_restore 65
	addi 5,10,2
	la 31,.LANCHOR0@l(9)
	stw 5,.LANCHOR0@l(9)
	b .L85
	.cfi_endproc
.LFE1:
	.size	mc91,.-mc91
	.align 2
	.type	ack, @function
ack:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 27,28(1)
	.cfi_offset 27, -20
	lis 27,.LANCHOR0@ha
	lwz 9,.LANCHOR0@l(27)
	stw 23,12(1)
	.cfi_offset 23, -36
	mr. 23,3
	addi 9,9,1
	stw 9,.LANCHOR0@l(27)
	beq- 0,.L133
	mflr 0
	.cfi_register 65, 0
	stw 22,8(1)
	.cfi_offset 22, -40
	stw 0,52(1)
	.cfi_offset 65, 4
	la 27,.LANCHOR0@l(27)
	stw 24,16(1)
	.cfi_offset 24, -32
	stw 25,20(1)
	.cfi_offset 25, -28
	stw 26,24(1)
	.cfi_offset 26, -24
	stw 28,32(1)
	.cfi_offset 28, -16
	stw 29,36(1)
	.cfi_offset 29, -12
	stw 30,40(1)
	.cfi_offset 30, -8
	stw 31,44(1)
	.cfi_offset 31, -4
.L134:
	cmpwi 0,4,0
	bne- 0,.L176
	li 4,1
.L135:
	addic. 23,23,-1
	addi 9,9,1
	stw 9,0(27)
	bne+ 0,.L134
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
	lwz 28,32(1)
	.cfi_restore 28
	lwz 29,36(1)
	.cfi_restore 29
	lwz 30,40(1)
	.cfi_restore 30
	lwz 31,44(1)
	.cfi_restore 31
.L133:
	lwz 23,12(1)
	addi 3,4,1
	lwz 27,28(1)
	addi 1,1,48
	.cfi_restore 27
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
.L176:
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
	addi 9,9,1
	addi 4,4,-1
	mr 22,23
.L136:
	cmpwi 0,4,0
	bne- 0,.L177
	li 4,1
.L137:
	addic. 22,22,-1
	addi 9,9,1
	bne+ 0,.L136
	addi 4,4,1
	b .L135
.L177:
	addi 9,9,1
	addi 4,4,-1
	mr 24,22
.L138:
	cmpwi 0,4,0
	bne- 0,.L178
	li 4,1
.L139:
	addic. 24,24,-1
	addi 9,9,1
	bne+ 0,.L138
	addi 4,4,1
	b .L137
.L178:
	addi 9,9,1
	addi 4,4,-1
	mr 25,24
.L140:
	cmpwi 0,4,0
	bne- 0,.L179
	li 4,1
.L141:
	addic. 25,25,-1
	addi 9,9,1
	bne+ 0,.L140
	addi 4,4,1
	b .L139
.L179:
	addi 9,9,1
	addi 4,4,-1
	mr 26,25
.L142:
	cmpwi 0,4,0
	bne- 0,.L180
	li 4,1
.L143:
	addic. 26,26,-1
	addi 9,9,1
	bne+ 0,.L142
	addi 4,4,1
	b .L141
.L180:
	addi 9,9,1
	addi 4,4,-1
	mr 28,26
.L144:
	cmpwi 0,4,0
	bne- 0,.L181
	li 4,1
.L145:
	addic. 28,28,-1
	addi 9,9,1
	bne+ 0,.L144
	addi 4,4,1
	b .L143
.L181:
	addi 9,9,1
	addi 4,4,-1
	mr 29,28
.L146:
	cmpwi 0,4,0
	bne- 0,.L182
	li 4,1
.L147:
	addic. 29,29,-1
	addi 9,9,1
	bne+ 0,.L146
	addi 4,4,1
	b .L145
.L182:
	addi 9,9,1
	addi 4,4,-1
	mr 30,29
.L148:
	cmpwi 0,4,0
	bne- 0,.L183
	li 4,1
.L149:
	addic. 30,30,-1
	addi 9,9,1
	bne+ 0,.L148
	addi 4,4,1
	b .L147
.L183:
	addi 9,9,1
	addi 4,4,-1
	stw 9,0(27)
	mr 31,30
.L150:
	cmpwi 0,4,0
	mr 3,31
	addi 31,31,-1
	bne- 0,.L184
	li 4,1
.L151:
	lwz 9,0(27)
	cmpwi 0,31,0
	addi 9,9,1
	stw 9,0(27)
	bne+ 0,.L150
	addi 4,4,1
	b .L149
.L184:
	addi 4,4,-1
	bl ack
	mr 4,3
	b .L151
	.cfi_endproc
.LFE0:
	.size	ack,.-ack
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"ack("
	.align 2
.LC1:
	.string	")="
	.align 2
.LC2:
	.string	" calls="
	.align 2
.LC3:
	.string	"mc91 sum"
	.align 2
.LC4:
	.string	"mc91 calls"
	.align 2
.LC5:
	.string	"tak(12,8,4)"
	.align 2
.LC6:
	.string	"tak calls"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mfcr 12
	mflr 0
	stw 0,68(1)
	stw 29,52(1)
	stw 30,56(1)
	stw 12,20(1)
	stw 23,28(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 70, -44
	.cfi_offset 23, -36
	lis 23,.LC0@ha
	stw 24,32(1)
	.cfi_offset 24, -32
	lis 24,.LC1@ha
	stw 25,36(1)
	.cfi_offset 25, -28
	lis 25,.LC2@ha
	stw 27,44(1)
	.cfi_offset 27, -20
	lis 27,.LANCHOR0@ha
	stw 22,24(1)
	la 23,.LC0@l(23)
	stw 26,40(1)
	la 24,.LC1@l(24)
	stw 28,48(1)
	la 25,.LC2@l(25)
	stw 31,60(1)
	.cfi_offset 22, -40
	.cfi_offset 26, -24
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	li 26,0
	la 31,.LANCHOR0@l(27)
	li 28,0
	li 22,1
.L186:
	cmpwi 4,26,0
	li 29,0
.L189:
	stw 22,0(31)
	mr 4,29
	beq- 4,.L187
	mr 30,26
.L188:
	cmpwi 0,4,0
	mr 3,30
	addi 30,30,-1
	bne- 0,.L207
	li 4,1
.L191:
	lwz 9,0(31)
	cmpwi 0,30,0
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L188
.L187:
	mr 3,23
	addi 30,4,1
	bl print_str
	mr 3,26
	bl print_uint
	li 3,44
	bl print_char
	mr 3,29
	bl print_uint
	mr 3,24
	bl print_str
	mr 3,30
	bl print_uint
	mr 3,25
	bl print_str
	lwz 3,0(31)
	addi 29,29,1
	add 28,28,30
	bl print_uint
	bl print_nl
	cmplwi 0,29,5
	bne+ 0,.L189
	addi 26,26,1
	cmplwi 0,26,4
	bne+ 0,.L186
	li 30,0
	li 9,0
	cmpwi 0,30,100
	addi 9,9,1
	stw 9,0(31)
	li 29,0
	mr 3,30
	bgt- 0,.L208
.L196:
	addi 3,3,11
	bl mc91
	lwz 9,0(31)
	cmpwi 0,3,100
	addi 9,9,1
	stw 9,0(31)
	ble+ 0,.L196
	addi 3,3,-10
	addi 30,30,7
	add 29,29,3
.L193:
	lwz 9,0(31)
	cmpwi 0,30,100
	mr 3,30
	addi 9,9,1
	stw 9,0(31)
	ble+ 0,.L196
.L208:
	addi 9,30,-10
	addi 30,30,7
	cmpwi 0,30,126
	add 29,29,9
	bne+ 0,.L193
	lis 3,.LC3@ha
	mr 4,29
	la 3,.LC3@l(3)
	bl show_int
	lwz 4,.LANCHOR0@l(27)
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	li 9,0
	li 5,4
	li 4,8
	li 3,12
	stw 9,.LANCHOR0@l(27)
	bl tak
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	lwz 4,.LANCHOR0@l(27)
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lwz 0,68(1)
	lwz 12,20(1)
	.cfi_remember_state
	.cfi_register 70, 12
	rlwinm 3,28,0,24,31
	lwz 22,24(1)
	lwz 23,28(1)
	mtlr 0
	.cfi_restore 65
	lwz 24,32(1)
	mtcrf 8,12
	.cfi_restore 70
	lwz 25,36(1)
	lwz 26,40(1)
	lwz 27,44(1)
	lwz 28,48(1)
	lwz 29,52(1)
	lwz 30,56(1)
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
	.cfi_restore 23
	.cfi_restore 22
	.cfi_def_cfa_offset 0
	blr
.L207:
	.cfi_restore_state
	addi 4,4,-1
	bl ack
	mr 4,3
	b .L191
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	calls, @object
	.size	calls, 4
calls:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
