	.file	"base64.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	hexdump, @function
hexdump:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 27,12(1)
	.cfi_offset 27, -20
	mr. 27,4
	beq- 0,.L1
	mflr 0
	.cfi_register 65, 0
	stw 31,28(1)
	.cfi_offset 31, -4
	stw 0,36(1)
	.cfi_offset 65, 4
	stw 28,16(1)
	.cfi_offset 28, -16
	lis 28,.LANCHOR0@ha
	stw 26,8(1)
	.cfi_offset 26, -24
	la 28,.LANCHOR0@l(28)
	stw 29,20(1)
	.cfi_offset 29, -12
	li 26,0
	stw 30,24(1)
	.cfi_offset 30, -8
	mr 29,3
	li 30,0
.L5:
	mr 3,30
	mr 31,30
	bl print_hex
	addi 30,30,8
	li 3,58
	bl print_char
	cmplw 0,30,26
	ble- 0,.L3
	cmplw 0,27,26
	bgt+ 0,.L4
	b .L3
.L13:
	beq- 7,.L3
.L4:
	li 3,32
	bl print_char
	lbzx 9,29,31
	srwi 9,9,4
	lbzx 3,28,9
	bl print_char
	lbzx 9,29,31
	addi 31,31,1
	rlwinm 9,9,0,28,31
	lbzx 3,28,9
	bl print_char
	cmplw 0,31,30
	cmplw 7,27,31
	blt+ 0,.L13
.L3:
	bl print_nl
	addi 26,26,8
	cmplw 0,27,30
	bgt+ 0,.L5
	lwz 0,36(1)
	lwz 26,8(1)
	.cfi_restore 26
	lwz 28,16(1)
	.cfi_restore 28
	lwz 29,20(1)
	.cfi_restore 29
	mtlr 0
	.cfi_restore 65
	lwz 30,24(1)
	.cfi_restore 30
	lwz 31,28(1)
	.cfi_restore 31
.L1:
	lwz 27,12(1)
	addi 1,1,32
	.cfi_restore 27
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE3:
	.size	hexdump,.-hexdump
	.align 2
	.type	b64dec, @function
b64dec:
.LFB2:
	.cfi_startproc
	lbz 9,0(3)
	andi. 7,9,0xff
	beq- 0,.L54
	mr 5,3
	li 3,0
	lbz 8,1(5)
	andi. 6,8,0xff
	beq- 0,.L123
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
.L111:
	lbz 10,2(5)
	andi. 31,10,0xff
	beq- 0,.L95
	lbz 12,3(5)
	andi. 11,12,0xff
	beq- 0,.L95
	cmplwi 0,7,57
	bgt- 0,.L16
	cmplwi 0,7,47
	bgt- 0,.L17
	cmpwi 0,7,43
	li 9,62
	beq- 0,.L18
	cmpwi 0,7,47
	li 9,63
	bne- 0,.L60
.L18:
	cmplwi 0,6,57
	bgt- 0,.L22
	cmplwi 0,6,47
	bgt- 0,.L23
	cmpwi 0,6,43
	beq- 0,.L61
	cmpwi 0,6,47
	li 6,63
	bne- 0,.L25
.L24:
	cmpwi 0,31,61
	beq- 0,.L31
.L29:
	cmplwi 0,31,57
	bgt- 0,.L32
	cmplwi 0,31,47
	bgt- 0,.L33
	cmpwi 0,31,43
	beq- 0,.L34
	cmpwi 0,31,47
	bne- 0,.L36
	cmpwi 0,11,61
	li 10,63
	beq- 0,.L124
.L30:
	cmplwi 0,11,57
	bgt- 0,.L43
.L126:
	cmplwi 0,11,47
	bgt- 0,.L44
	cmpwi 0,11,43
	beq- 0,.L45
	cmpwi 0,11,47
	bne- 0,.L95
	cmpwi 0,9,-1
	beq- 0,.L95
	cmpwi 0,6,-1
	beq- 0,.L95
	cmpwi 0,10,-1
	beq- 0,.L95
	slwi 10,10,6
	li 8,63
.L40:
	or 10,10,8
	slwi 9,9,18
	or 9,9,10
	slwi 6,6,12
	or 9,9,6
	addi 8,3,1
	srwi 10,9,16
	stbx 10,4,3
	lbz 10,2(5)
	cmpwi 0,10,61
	beq- 0,.L96
.L127:
	srwi 10,9,8
	addi 3,3,2
	stbx 10,4,8
.L51:
	lbz 10,3(5)
	cmpwi 0,10,61
	beq- 0,.L52
	stbx 9,4,3
	addi 3,3,1
.L52:
	lbzu 9,4(5)
	andi. 7,9,0xff
	beq- 0,.L14
	lbz 8,1(5)
	andi. 6,8,0xff
	bne+ 0,.L111
.L95:
	li 3,-1
.L14:
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L22:
	.cfi_restore_state
	cmplwi 0,6,90
	bgt- 0,.L26
	cmplwi 0,6,64
	bgt- 0,.L125
.L25:
	cmpwi 0,31,61
	li 6,-1
	bne+ 0,.L29
	cmpwi 0,11,61
	beq- 0,.L95
	cmplwi 0,11,57
	li 10,0
	ble+ 0,.L126
.L43:
	cmplwi 0,11,90
	bgt- 0,.L47
	cmplwi 0,11,64
	ble+ 0,.L95
	cmpwi 0,9,-1
	addi 8,11,-65
	beq- 0,.L95
.L107:
	cmpwi 0,6,-1
	beq- 0,.L95
	cmpwi 0,10,-1
	beq- 0,.L95
	slwi 10,10,6
	slwi 9,9,18
	or 10,10,8
	slwi 6,6,12
	or 9,9,10
	addi 8,3,1
	or 9,9,6
	srwi 10,9,16
	stbx 10,4,3
	lbz 10,2(5)
	cmpwi 0,10,61
	bne+ 0,.L127
.L96:
	mr 3,8
	b .L51
.L26:
	addi 8,8,-97
	addi 6,6,-71
	rlwinm 8,8,0,0xff
	cmplwi 0,8,25
	bgt- 0,.L25
	cmpwi 0,31,61
	bne+ 0,.L29
.L31:
	cmpwi 0,11,61
	li 10,0
	bne+ 0,.L30
	cmpwi 0,9,-1
	beq- 0,.L95
	li 8,0
	b .L40
.L16:
	cmplwi 0,7,90
	bgt- 0,.L19
	cmplwi 0,7,64
	addi 9,7,-65
	bgt- 0,.L18
.L60:
	li 9,-1
	b .L18
.L19:
	addi 9,9,-97
	rlwinm 9,9,0,0xff
	cmplwi 0,9,25
	bgt- 0,.L60
	addi 9,7,-71
	b .L18
.L32:
	cmplwi 0,31,90
	bgt- 0,.L37
	cmplwi 0,31,64
	bgt- 0,.L128
.L36:
	cmpwi 0,11,61
	beq- 0,.L95
	li 10,-1
	b .L30
.L37:
	addi 10,10,-97
	rlwinm 10,10,0,0xff
	cmplwi 0,10,25
	bgt- 0,.L36
	cmpwi 0,11,61
	addi 10,31,-71
	bne+ 0,.L30
.L105:
	cmpwi 0,9,-1
	beq- 0,.L95
	cmpwi 0,6,-1
	beq- 0,.L95
	slwi 10,10,6
	li 8,0
	b .L40
.L47:
	addi 7,12,-97
	rlwinm 7,7,0,0xff
	cmplwi 0,7,25
	bgt- 0,.L95
	cmpwi 0,9,-1
	addi 8,11,-71
	bne+ 0,.L107
	b .L95
.L61:
	li 6,62
	b .L24
.L23:
	addi 8,8,4
	rlwinm 6,8,0,0xff
	b .L24
.L125:
	addi 6,6,-65
	b .L24
.L17:
	addi 9,9,4
	rlwinm 9,9,0,0xff
	b .L18
.L128:
	cmpwi 0,11,61
	addi 10,31,-65
	bne+ 0,.L30
	b .L105
.L34:
	cmpwi 0,11,61
	li 10,62
	bne+ 0,.L30
	cmpwi 0,9,-1
	beq- 0,.L95
	cmpwi 0,6,-1
	beq- 0,.L95
	li 8,0
	li 10,3968
	b .L40
.L33:
	cmpwi 0,11,61
	addi 10,10,4
	beq- 0,.L42
	rlwinm 10,10,0,0xff
	b .L30
.L45:
	cmpwi 0,9,-1
	beq- 0,.L95
	cmpwi 0,6,-1
	beq- 0,.L95
	cmpwi 0,10,-1
	beq- 0,.L95
	slwi 10,10,6
	li 8,62
	b .L40
.L44:
	cmpwi 0,9,-1
	addi 12,12,4
	beq- 0,.L95
	cmpwi 0,6,-1
	beq- 0,.L95
	cmpwi 0,10,-1
	beq- 0,.L95
	slwi 10,10,6
	rlwinm 8,12,0,0xff
	b .L40
.L124:
	cmpwi 0,9,-1
	beq- 0,.L95
	cmpwi 0,6,-1
	beq- 0,.L95
	li 8,0
	li 10,4032
	b .L40
.L42:
	cmpwi 0,9,-1
	beq- 0,.L95
	cmpwi 0,6,-1
	beq- 0,.L95
	rlwinm 10,10,6,18,25
	li 8,0
	b .L40
.L54:
	.cfi_def_cfa_offset 0
	.cfi_restore 31
	li 3,0
	blr
.L123:
	li 3,-1
	blr
	.cfi_endproc
.LFE2:
	.size	b64dec,.-b64dec
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"\"\n"
	.align 2
.LC1:
	.string	"round trips"
	.align 2
.LC2:
	.string	"ab$d"
	.align 2
.LC3:
	.string	"invalid"
	.align 2
.LC4:
	.string	"abc"
	.align 2
.LC5:
	.string	"short"
	.align 2
.LC6:
	.string	"rle:"
	.align 2
.LC7:
	.string	"utf8 decoded"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB7:
	.cfi_startproc
	stwu 1,-304(1)
	.cfi_def_cfa_offset 304
	mflr 0
	li 9,0
	stw 30,296(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	stw 0,308(1)
	la 30,.LANCHOR0@l(30)
	stw 21,260(1)
	stw 28,288(1)
	stw 31,300(1)
	stw 26,280(1)
	.cfi_offset 65, 4
	.cfi_offset 21, -44
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	.cfi_offset 26, -24
	lis 26,0xaaaa
	stw 27,284(1)
	.cfi_offset 27, -20
	lis 27,.LC0@ha
	stw 22,264(1)
	la 27,.LC0@l(27)
	stw 23,268(1)
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	addi 22,30,20
	stw 24,272(1)
	addi 23,30,48
	stw 25,276(1)
	ori 26,26,0xaaab
	stw 29,292(1)
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 29, -12
	li 25,0
	li 29,61
	li 24,0
.L130:
	rlwinm 9,9,0,0xff
	lwz 21,0(22)
	cmpwi 0,9,0
	addi 4,1,72
	li 28,0
	li 31,0
	beq- 0,.L139
.L131:
	mr 10,31
	addi 31,31,1
	lbzx 9,21,31
	cmpwi 0,9,0
	bne+ 0,.L131
	mulhwu 9,10,26
	mr 28,31
	addi 10,1,72
	li 7,2
	li 8,1
	li 4,0
	srwi 9,9,1
	addi 3,21,-1
	addi 9,9,1
	addi 11,21,1
	mtctr 9
	b .L136
.L201:
	lbzx 6,11,8
	or 9,9,6
	srwi 5,9,18
	rlwinm 6,9,20,26,31
	add 5,30,5
	add 6,30,6
	lbz 5,52(5)
	lbz 6,52(6)
	stb 5,0(10)
	stb 6,1(10)
	ble- 0,.L134
.L159:
	rlwinm 6,9,26,26,31
	add 6,30,6
	lbz 6,52(6)
	stb 6,2(10)
	ble- 7,.L162
.L161:
	rlwinm 9,9,0,26,31
	add 9,30,9
	lbz 9,52(9)
.L135:
	stb 9,3(10)
	addi 4,4,4
	addi 8,8,3
	addi 10,10,4
	addi 7,7,3
	bdz .L200
.L136:
	lbzx 9,3,8
	cmplw 0,31,8
	slwi 9,9,16
	ble- 0,.L132
	lbzx 6,21,8
	slwi 6,6,8
	or 9,9,6
.L132:
	cmplw 7,31,7
	bgt+ 7,.L201
	srwi 5,9,18
	rlwinm 6,9,20,26,31
	add 5,30,5
	add 6,30,6
	lbz 5,52(5)
	lbz 6,52(6)
	stb 5,0(10)
	stb 6,1(10)
	bgt+ 0,.L159
	li 9,61
	stb 29,2(10)
	stb 9,3(10)
	addi 4,4,4
	addi 8,8,3
	addi 10,10,4
	addi 7,7,3
	bdnz .L136
.L200:
	addi 9,1,72
	add 4,9,4
.L139:
	stb 24,0(4)
	li 3,34
	bl print_char
	addi 3,1,72
	bl print_str
	mr 3,27
	bl print_str
	addi 4,1,8
	addi 3,1,72
	bl b64dec
	cmpw 0,3,28
	beq- 0,.L202
	cmplw 0,23,22
	beq- 0,.L138
.L203:
	lwzu 9,4(22)
	lbz 9,0(9)
	b .L130
.L162:
	li 9,61
	b .L135
.L134:
	stb 29,2(10)
	b .L161
.L202:
	mr 5,31
	mr 4,21
	addi 3,1,8
	bl memcmp
	cmplw 0,23,22
	subfic 3,3,0
	addze 25,25
	bne+ 0,.L203
.L138:
	lis 3,.LC1@ha
	mr 4,25
	la 3,.LC1@l(3)
	bl show_int
	lis 3,.LC2@ha
	addi 4,1,8
	la 3,.LC2@l(3)
	bl b64dec
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	addi 4,1,8
	la 3,.LC4@l(3)
	bl b64dec
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	li 9,10
	addi 6,1,215
	li 8,0
	mtctr 9
.L140:
	addi 7,8,1
	mullw 10,8,8
	mullw 9,7,7
	addi 8,7,1
	addi 6,6,2
	mulli 10,10,13
	mulli 9,9,13
	addi 10,10,7
	addi 9,9,7
	stb 10,-1(6)
	stb 9,0(6)
	bdnz .L140
	li 4,20
	addi 3,1,216
	li 31,0
	bl hexdump
	cmplwi 0,31,15
	lis 9,.LANCHOR0+120@ha
	la 0,.LANCHOR0+120@l(9)
	addi 4,1,176
	li 3,1
	li 5,0
	beq- 0,.L164
.L204:
	subfic 11,5,16
	li 9,1
	subf 8,9,11
	rlwinm 6,3,0,0xff
	andi. 10,8,0x1
	add 7,0,5
	beq- 0,.L180
	lbz 10,1(7)
	rlwinm 29,10,0,0xff
	cmpw 0,29,6
	bne- 0,.L189
	cmplwi 0,11,2
	li 9,2
	beq- 0,.L142
.L180:
	srwi 10,8,1
	mtctr 10
	b .L145
.L143:
	addi 9,9,1
	lbzx 10,7,9
	rlwinm 8,10,0,0xff
	cmpw 0,8,6
	bne- 0,.L189
	addi 9,9,1
	bdz .L142
.L145:
	lbzx 10,7,9
	rlwinm 8,10,0,0xff
	cmpw 0,8,6
	beq+ 0,.L143
.L189:
	add 5,5,9
	stb 9,0(4)
	cmplwi 0,5,15
	stb 3,1(4)
	addi 31,31,2
	addi 4,4,2
	bgt- 0,.L144
	mr 3,10
	bne+ 0,.L204
.L164:
	li 11,1
.L142:
	addi 9,31,1
	addi 10,1,8
	addi 8,1,8
	add 10,10,31
	add 9,8,9
	stb 11,168(10)
	stb 3,168(9)
	addi 31,31,2
.L144:
	lis 3,.LC6@ha
	addi 29,1,175
	la 3,.LC6@l(3)
	bl print_str
	cmpwi 0,31,0
	beq- 0,.L149
	andi. 9,31,0x1
	addi 28,31,-1
	beq- 0,.L148
	li 3,32
	mr 29,1
	bl print_char
	lbzu 3,176(29)
	bl print_uint
	mr. 31,28
	beq- 0,.L149
.L148:
	li 3,32
	addi 28,29,1
	bl print_char
	lbz 3,1(29)
	addi 31,31,-1
	addi 29,29,2
	bl print_uint
	li 3,32
	bl print_char
	lbz 3,1(28)
	bl print_uint
	addic. 31,31,-1
	bne+ 0,.L148
.L149:
	bl print_nl
	li 10,8
	addi 28,30,136
	li 9,65
	li 29,0
	addi 31,1,136
	lis 3,0x1
	mtctr 10
	b .L147
.L150:
	li 5,-1
	srwi 10,9,18
	rlwimi 10,5,4,0,27
	srwi 5,9,6
	rlwimi 7,6,7,0,24
	li 11,-1
	rlwinm 6,5,0,26,31
	ble- 7,.L205
	srwi 9,9,12
	rlwimi 6,4,7,0,24
	rlwinm 5,9,0,26,31
	blt- 5,.L206
	rlwimi 5,11,7,0,24
	stb 10,0(8)
	stb 5,1(8)
	li 9,4
	stb 6,2(8)
	stb 7,3(8)
.L151:
	add 29,29,9
	bdz .L192
.L207:
	lwzu 9,4(28)
.L147:
	cmplwi 0,9,127
	rlwinm 7,9,0,26,31
	cmplwi 7,9,2047
	li 6,-1
	cmplw 5,9,3
	li 4,-1
	add 8,31,29
	bgt+ 0,.L150
	stbx 9,31,29
	li 9,1
	add 29,29,9
	bdnz .L207
.L192:
	mr 4,29
	mr 3,31
	bl hexdump
	li 27,0
	addi 30,30,132
	mr 9,31
.L158:
	lbz 10,0(9)
	addi 5,9,1
	cmplwi 0,10,239
	bgt- 0,.L165
	cmplwi 0,10,223
	bgt- 0,.L166
	cmplwi 0,10,191
	ble- 0,.L167
	li 8,31
	li 7,0
.L155:
	and 10,10,8
	add 6,5,7
.L157:
	lbzu 8,1(9)
	cmplw 0,9,6
	rlwimi 8,10,6,0,31-6
	mr 10,8
	bne+ 0,.L157
	addi 7,7,1
	add 9,5,7
.L156:
	lwzu 8,4(30)
	xor 10,8,10
	cmplw 0,28,30
	subfic 10,10,0
	addze 27,27
	bne+ 0,.L158
	lis 3,.LC7@ha
	mr 4,27
	la 3,.LC7@l(3)
	bl show_int
	lwz 0,308(1)
	add 3,27,25
	lwz 21,260(1)
	add 3,3,29
	lwz 22,264(1)
	lwz 23,268(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 24,272(1)
	lwz 25,276(1)
	lwz 26,280(1)
	lwz 27,284(1)
	lwz 28,288(1)
	lwz 29,292(1)
	lwz 30,296(1)
	lwz 31,300(1)
	addi 1,1,304
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
	.cfi_def_cfa_offset 0
	blr
.L206:
	.cfi_restore_state
	li 10,-1
	stb 6,1(8)
	rlwimi 9,10,5,0,26
	stb 7,2(8)
	stb 9,0(8)
	li 9,3
	b .L151
.L205:
	li 9,-1
	stb 7,1(8)
	rlwimi 5,9,6,0,25
	li 9,2
	stb 5,0(8)
	b .L151
.L165:
	li 8,7
	li 7,2
	b .L155
.L166:
	li 8,15
	li 7,1
	b .L155
.L167:
	mr 9,5
	b .L156
	.cfi_endproc
.LFE7:
	.size	main,.-main
	.section	.rodata.str1.4
	.align 2
.LC8:
	.string	""
	.align 2
.LC9:
	.string	"f"
	.align 2
.LC10:
	.string	"fo"
	.align 2
.LC11:
	.string	"foo"
	.align 2
.LC12:
	.string	"foob"
	.align 2
.LC13:
	.string	"fooba"
	.align 2
.LC14:
	.string	"foobar"
	.align 2
.LC15:
	.string	"Many hands make light work."
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	hx.0, @object
	.size	hx.0, 17
hx.0:
	.string	"0123456789abcdef"
	.zero	3
	.type	msgs.3, @object
	.size	msgs.3, 32
msgs.3:
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.type	B64, @object
	.size	B64, 65
B64:
	.string	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	.zero	3
	.type	runs.2, @object
	.size	runs.2, 16
runs.2:
	.string	"\001\001\001\001\002\003\003"
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.ascii	"\t\t\001"
	.type	cps.1, @object
	.size	cps.1, 32
cps.1:
	.long	65
	.long	233
	.long	945
	.long	8364
	.long	128512
	.long	1114111
	.long	2047
	.long	2048
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
