	.file	"lists.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	msort, @function
msort:
.LFB3:
	.cfi_startproc
	cmpwi 0,3,0
	beq- 0,.L11
	lwz 9,4(3)
	cmpwi 0,9,0
	beqlr- 0
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	mr 8,3
	stw 31,28(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,9
	stw 0,36(1)
	stw 30,24(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	b .L3
.L5:
	lwz 9,4(9)
	mr 8,31
	lwz 10,4(31)
	cmpwi 0,9,0
	mr 31,10
	beq- 0,.L4
.L3:
	lwz 9,4(9)
	cmpwi 0,9,0
	bne+ 0,.L5
.L4:
	li 9,0
	stw 9,4(8)
	bl msort
	mr 30,3
	mr 3,31
	bl msort
	cmpwi 0,30,0
	beq- 0,.L14
	cmpwi 0,3,0
	beq- 0,.L15
	lwz 8,0(30)
	addi 9,1,8
	lwz 10,0(3)
.L10:
	cmpw 0,8,10
	bgt- 0,.L8
.L25:
	stw 30,4(9)
	mr 9,30
	lwz 8,4(30)
	cmpwi 0,8,0
	beq- 0,.L6
	mr 30,8
	lwz 8,0(8)
	cmpw 0,8,10
	ble- 0,.L25
.L8:
	stw 3,4(9)
	mr 9,3
	lwz 10,4(3)
	cmpwi 0,10,0
	beq- 0,.L7
	mr 3,10
	lwz 10,0(10)
	b .L10
.L15:
	addi 3,1,8
.L7:
	mr 9,3
	mr 3,30
	mr 30,9
.L6:
	stw 3,4(30)
	lwz 0,36(1)
	lwz 30,24(1)
	lwz 3,12(1)
	lwz 31,28(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
.L11:
	li 3,0
	blr
.L14:
	.cfi_def_cfa_offset 32
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	addi 30,1,8
	b .L6
	.cfi_endproc
.LFE3:
	.size	msort,.-msort
	.align 2
	.type	insert, @function
insert:
.LFB5:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr. 31,3
	beq- 0,.L32
	lwz 10,0(31)
	cmpw 0,10,4
	bgt- 0,.L33
	blt- 0,.L34
.L30:
	mr 3,31
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L33:
	.cfi_restore_state
	lwz 3,4(31)
	mflr 0
	.cfi_register 65, 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl insert
	lwz 0,20(1)
	stw 3,4(31)
	mtlr 0
	.cfi_restore 65
	b .L30
.L34:
	lwz 3,8(31)
	mflr 0
	.cfi_register 65, 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl insert
	lwz 0,20(1)
	stw 3,8(31)
	mtlr 0
	.cfi_restore 65
	b .L30
.L32:
	lis 7,.LANCHOR0@ha
	lwz 8,.LANCHOR0@l(7)
	la 10,.LANCHOR0@l(7)
	addi 3,10,4
	mulli 6,8,12
	addi 8,8,1
	stw 8,.LANCHOR0@l(7)
	add 10,10,6
	add 3,3,6
	stw 31,12(10)
	stw 31,8(10)
	stw 4,4(10)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE5:
	.size	insert,.-insert
	.align 2
	.type	delete, @function
delete:
.LFB6:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr. 31,3
	beq- 0,.L41
	lwz 10,0(31)
	cmpw 0,10,4
	bgt- 0,.L48
	lwz 3,8(31)
	blt- 0,.L49
	lwz 9,4(31)
	cmpwi 0,9,0
	beq- 0,.L35
	cmpwi 0,3,0
	beq- 0,.L42
	mflr 0
	.cfi_register 65, 0
	mr 9,3
	stw 0,20(1)
	.cfi_offset 65, 4
.L40:
	mr 10,9
	lwz 9,4(9)
	cmpwi 0,9,0
	bne+ 0,.L40
	lwz 4,0(10)
	stw 4,0(31)
	bl delete
	stw 3,8(31)
.L39:
	lwz 0,20(1)
	mr 3,31
	mtlr 0
	.cfi_restore 65
.L35:
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L49:
	.cfi_restore_state
	mflr 0
	.cfi_remember_state
	.cfi_register 65, 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl delete
	stw 3,8(31)
	b .L39
.L48:
	.cfi_restore_state
	lwz 3,4(31)
	mflr 0
	.cfi_register 65, 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl delete
	stw 3,4(31)
	b .L39
.L41:
	.cfi_restore 65
	li 3,0
	b .L35
.L42:
	mr 3,9
	b .L35
	.cfi_endproc
.LFE6:
	.size	delete,.-delete
	.align 2
	.type	print_list, @function
print_list:
.LFB4:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,4
	bl print_str
	li 3,58
	bl print_char
	cmpwi 0,31,0
	beq- 0,.L51
.L52:
	li 3,32
	bl print_char
	lwz 3,0(31)
	bl print_int
	lwz 31,4(31)
	cmpwi 0,31,0
	bne+ 0,.L52
.L51:
	lwz 0,20(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_nl
	.cfi_endproc
.LFE4:
	.size	print_list,.-print_list
	.align 2
	.type	height, @function
height:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 29,36(1)
	.cfi_offset 29, -12
	mr. 29,3
	beq- 0,.L169
	stw 28,32(1)
	.cfi_offset 28, -16
	mflr 0
	.cfi_register 65, 0
	lwz 28,4(29)
	stw 30,40(1)
	.cfi_offset 30, -8
	li 30,0
	stw 0,52(1)
	.cfi_offset 65, 4
	cmpwi 0,28,0
	stw 25,20(1)
	.cfi_offset 25, -28
	stw 26,24(1)
	.cfi_offset 26, -24
	stw 27,28(1)
	.cfi_offset 27, -20
	stw 31,44(1)
	.cfi_offset 31, -4
	beq- 0,.L60
	lwz 26,4(28)
	li 31,0
	cmpwi 0,26,0
	beq- 0,.L61
	lwz 27,4(26)
	cmpwi 0,27,0
	beq- 0,.L62
	lwz 25,4(27)
	cmpwi 0,25,0
	beq- 0,.L63
	lwz 31,4(25)
	cmpwi 0,31,0
	beq- 0,.L64
	lwz 3,4(31)
	bl height
	mr 30,3
	lwz 3,8(31)
	bl height
	cmpw 0,30,3
	bge- 0,.L65
	mr 30,3
.L65:
	addi 30,30,1
.L64:
	lwz 25,8(25)
	li 31,0
	cmpwi 0,25,0
	beq- 0,.L66
	lwz 3,4(25)
	bl height
	mr 31,3
	lwz 3,8(25)
	bl height
	cmpw 0,31,3
	bge- 0,.L67
	mr 31,3
.L67:
	addi 31,31,1
.L66:
	cmpw 0,31,30
	bge- 0,.L68
	mr 31,30
.L68:
	addi 31,31,1
.L63:
	lwz 25,8(27)
	li 30,0
	cmpwi 0,25,0
	beq- 0,.L69
	lwz 30,4(25)
	li 27,0
	cmpwi 0,30,0
	beq- 0,.L70
	lwz 3,4(30)
	bl height
	mr 27,3
	lwz 3,8(30)
	bl height
	cmpw 0,27,3
	bge- 0,.L71
	mr 27,3
.L71:
	addi 27,27,1
.L70:
	lwz 25,8(25)
	li 30,0
	cmpwi 0,25,0
	beq- 0,.L72
	lwz 3,4(25)
	bl height
	mr 30,3
	lwz 3,8(25)
	bl height
	cmpw 0,30,3
	bge- 0,.L73
	mr 30,3
.L73:
	addi 30,30,1
.L72:
	cmpw 0,30,27
	bge- 0,.L74
	mr 30,27
.L74:
	addi 30,30,1
.L69:
	cmpw 0,30,31
	blt- 0,.L279
.L75:
	addi 30,30,1
.L62:
	lwz 26,8(26)
	li 31,0
	cmpwi 0,26,0
	beq- 0,.L76
	lwz 25,4(26)
	li 27,0
	cmpwi 0,25,0
	beq- 0,.L77
	lwz 27,4(25)
	cmpwi 0,27,0
	beq- 0,.L78
	lwz 3,4(27)
	bl height
	mr 31,3
	lwz 3,8(27)
	bl height
	cmpw 0,31,3
	bge- 0,.L79
	mr 31,3
.L79:
	addi 31,31,1
.L78:
	lwz 25,8(25)
	li 27,0
	cmpwi 0,25,0
	beq- 0,.L80
	lwz 3,4(25)
	bl height
	mr 27,3
	lwz 3,8(25)
	bl height
	cmpw 0,27,3
	bge- 0,.L81
	mr 27,3
.L81:
	addi 27,27,1
.L80:
	cmpw 0,27,31
	bge- 0,.L82
	mr 27,31
.L82:
	addi 27,27,1
.L77:
	lwz 26,8(26)
	li 31,0
	cmpwi 0,26,0
	beq- 0,.L83
	lwz 3,4(26)
	bl height
	mr 31,3
	lwz 3,8(26)
	bl height
	cmpw 0,31,3
	bge- 0,.L84
	mr 31,3
.L84:
	addi 31,31,1
.L83:
	cmpw 0,31,27
	blt- 0,.L280
.L85:
	addi 31,31,1
.L76:
	cmpw 0,31,30
	blt- 0,.L281
.L86:
	addi 31,31,1
.L61:
	lwz 27,8(28)
	li 30,0
	cmpwi 0,27,0
	beq- 0,.L87
	lwz 26,4(27)
	li 28,0
	cmpwi 0,26,0
	beq- 0,.L88
	lwz 25,4(26)
	cmpwi 0,25,0
	beq- 0,.L89
	lwz 30,4(25)
	cmpwi 0,30,0
	beq- 0,.L90
	lwz 3,4(30)
	bl height
	mr 28,3
	lwz 3,8(30)
	bl height
	cmpw 0,28,3
	bge- 0,.L91
	mr 28,3
.L91:
	addi 28,28,1
.L90:
	lwz 25,8(25)
	li 30,0
	cmpwi 0,25,0
	beq- 0,.L92
	lwz 3,4(25)
	bl height
	mr 30,3
	lwz 3,8(25)
	bl height
	cmpw 0,30,3
	bge- 0,.L93
	mr 30,3
.L93:
	addi 30,30,1
.L92:
	cmpw 0,30,28
	bge- 0,.L94
	mr 30,28
.L94:
	addi 30,30,1
.L89:
	lwz 26,8(26)
	li 28,0
	cmpwi 0,26,0
	beq- 0,.L95
	lwz 3,4(26)
	bl height
	mr 28,3
	lwz 3,8(26)
	bl height
	cmpw 0,28,3
	bge- 0,.L96
	mr 28,3
.L96:
	addi 28,28,1
.L95:
	cmpw 0,28,30
	blt- 0,.L282
.L97:
	addi 28,28,1
.L88:
	lwz 26,8(27)
	li 30,0
	cmpwi 0,26,0
	beq- 0,.L98
	lwz 25,4(26)
	li 27,0
	cmpwi 0,25,0
	beq- 0,.L99
	lwz 27,4(25)
	cmpwi 0,27,0
	beq- 0,.L100
	lwz 3,4(27)
	bl height
	mr 30,3
	lwz 3,8(27)
	bl height
	cmpw 0,30,3
	bge- 0,.L101
	mr 30,3
.L101:
	addi 30,30,1
.L100:
	lwz 25,8(25)
	li 27,0
	cmpwi 0,25,0
	beq- 0,.L102
	lwz 3,4(25)
	bl height
	mr 27,3
	lwz 3,8(25)
	bl height
	cmpw 0,27,3
	bge- 0,.L103
	mr 27,3
.L103:
	addi 27,27,1
.L102:
	cmpw 0,27,30
	bge- 0,.L104
	mr 27,30
.L104:
	addi 27,27,1
.L99:
	lwz 26,8(26)
	li 30,0
	cmpwi 0,26,0
	beq- 0,.L105
	lwz 3,4(26)
	bl height
	mr 30,3
	lwz 3,8(26)
	bl height
	cmpw 0,30,3
	bge- 0,.L106
	mr 30,3
.L106:
	addi 30,30,1
.L105:
	cmpw 0,30,27
	blt- 0,.L283
.L107:
	addi 30,30,1
.L98:
	cmpw 0,30,28
	blt- 0,.L284
.L108:
	addi 30,30,1
.L87:
	cmpw 0,30,31
	bge- 0,.L109
	mr 30,31
.L109:
	addi 30,30,1
.L60:
	lwz 28,8(29)
	li 3,0
	cmpwi 0,28,0
	beq- 0,.L110
	lwz 26,4(28)
	li 29,0
	cmpwi 0,26,0
	beq- 0,.L111
	lwz 27,4(26)
	li 31,0
	cmpwi 0,27,0
	beq- 0,.L112
	lwz 25,4(27)
	cmpwi 0,25,0
	beq- 0,.L113
	lwz 29,4(25)
	cmpwi 0,29,0
	beq- 0,.L114
	lwz 3,4(29)
	bl height
	mr 31,3
	lwz 3,8(29)
	bl height
	cmpw 0,31,3
	bge- 0,.L115
	mr 31,3
.L115:
	addi 31,31,1
.L114:
	lwz 25,8(25)
	li 29,0
	cmpwi 0,25,0
	beq- 0,.L116
	lwz 3,4(25)
	bl height
	mr 29,3
	lwz 3,8(25)
	bl height
	cmpw 0,29,3
	bge- 0,.L117
	mr 29,3
.L117:
	addi 29,29,1
.L116:
	cmpw 0,29,31
	bge- 0,.L118
	mr 29,31
.L118:
	addi 29,29,1
.L113:
	lwz 25,8(27)
	li 31,0
	cmpwi 0,25,0
	beq- 0,.L119
	lwz 31,4(25)
	li 27,0
	cmpwi 0,31,0
	beq- 0,.L120
	lwz 3,4(31)
	bl height
	mr 27,3
	lwz 3,8(31)
	bl height
	cmpw 0,27,3
	bge- 0,.L121
	mr 27,3
.L121:
	addi 27,27,1
.L120:
	lwz 25,8(25)
	li 31,0
	cmpwi 0,25,0
	beq- 0,.L122
	lwz 3,4(25)
	bl height
	mr 31,3
	lwz 3,8(25)
	bl height
	cmpw 0,31,3
	bge- 0,.L123
	mr 31,3
.L123:
	addi 31,31,1
.L122:
	cmpw 0,31,27
	bge- 0,.L124
	mr 31,27
.L124:
	addi 31,31,1
.L119:
	cmpw 0,31,29
	blt- 0,.L285
.L125:
	addi 31,31,1
.L112:
	lwz 26,8(26)
	li 29,0
	cmpwi 0,26,0
	beq- 0,.L126
	lwz 25,4(26)
	li 27,0
	cmpwi 0,25,0
	beq- 0,.L127
	lwz 27,4(25)
	cmpwi 0,27,0
	beq- 0,.L128
	lwz 3,4(27)
	bl height
	mr 29,3
	lwz 3,8(27)
	bl height
	cmpw 0,29,3
	bge- 0,.L129
	mr 29,3
.L129:
	addi 29,29,1
.L128:
	lwz 25,8(25)
	li 27,0
	cmpwi 0,25,0
	beq- 0,.L130
	lwz 3,4(25)
	bl height
	mr 27,3
	lwz 3,8(25)
	bl height
	cmpw 0,27,3
	bge- 0,.L131
	mr 27,3
.L131:
	addi 27,27,1
.L130:
	cmpw 0,27,29
	bge- 0,.L132
	mr 27,29
.L132:
	addi 27,27,1
.L127:
	lwz 25,8(26)
	li 29,0
	cmpwi 0,25,0
	beq- 0,.L133
	lwz 29,4(25)
	li 26,0
	cmpwi 0,29,0
	beq- 0,.L134
	lwz 3,4(29)
	bl height
	mr 26,3
	lwz 3,8(29)
	bl height
	cmpw 0,26,3
	bge- 0,.L135
	mr 26,3
.L135:
	addi 26,26,1
.L134:
	lwz 25,8(25)
	li 29,0
	cmpwi 0,25,0
	beq- 0,.L136
	lwz 3,4(25)
	bl height
	mr 29,3
	lwz 3,8(25)
	bl height
	cmpw 0,29,3
	bge- 0,.L137
	mr 29,3
.L137:
	addi 29,29,1
.L136:
	cmpw 0,29,26
	bge- 0,.L138
	mr 29,26
.L138:
	addi 29,29,1
.L133:
	cmpw 0,29,27
	blt- 0,.L286
.L139:
	addi 29,29,1
.L126:
	cmpw 0,29,31
	blt- 0,.L287
.L140:
	addi 29,29,1
.L111:
	lwz 26,8(28)
	li 3,0
	cmpwi 0,26,0
	beq- 0,.L141
	lwz 27,4(26)
	li 28,0
	cmpwi 0,27,0
	beq- 0,.L142
	lwz 25,4(27)
	li 31,0
	cmpwi 0,25,0
	beq- 0,.L143
	lwz 31,4(25)
	cmpwi 0,31,0
	beq- 0,.L144
	lwz 3,4(31)
	bl height
	mr 28,3
	lwz 3,8(31)
	bl height
	cmpw 0,28,3
	bge- 0,.L145
	mr 28,3
.L145:
	addi 28,28,1
.L144:
	lwz 25,8(25)
	li 31,0
	cmpwi 0,25,0
	beq- 0,.L146
	lwz 3,4(25)
	bl height
	mr 31,3
	lwz 3,8(25)
	bl height
	cmpw 0,31,3
	bge- 0,.L147
	mr 31,3
.L147:
	addi 31,31,1
.L146:
	cmpw 0,31,28
	bge- 0,.L148
	mr 31,28
.L148:
	addi 31,31,1
.L143:
	lwz 25,8(27)
	li 28,0
	cmpwi 0,25,0
	beq- 0,.L149
	lwz 28,4(25)
	li 27,0
	cmpwi 0,28,0
	beq- 0,.L150
	lwz 3,4(28)
	bl height
	mr 27,3
	lwz 3,8(28)
	bl height
	cmpw 0,27,3
	bge- 0,.L151
	mr 27,3
.L151:
	addi 27,27,1
.L150:
	lwz 25,8(25)
	li 28,0
	cmpwi 0,25,0
	beq- 0,.L152
	lwz 3,4(25)
	bl height
	mr 28,3
	lwz 3,8(25)
	bl height
	cmpw 0,28,3
	bge- 0,.L153
	mr 28,3
.L153:
	addi 28,28,1
.L152:
	cmpw 0,28,27
	bge- 0,.L154
	mr 28,27
.L154:
	addi 28,28,1
.L149:
	cmpw 0,28,31
	blt- 0,.L288
.L155:
	addi 28,28,1
.L142:
	lwz 31,8(26)
	li 3,0
	cmpwi 0,31,0
	beq- 0,.L156
	lwz 26,4(31)
	li 27,0
	cmpwi 0,26,0
	beq- 0,.L157
	lwz 3,4(26)
	bl height
	mr 27,3
	lwz 3,8(26)
	bl height
	cmpw 0,27,3
	bge- 0,.L158
	mr 27,3
.L158:
	addi 27,27,1
.L157:
	lwz 31,8(31)
	li 3,0
	cmpwi 0,31,0
	beq- 0,.L159
	lwz 25,4(31)
	li 26,0
	cmpwi 0,25,0
	beq- 0,.L160
	lwz 3,4(25)
	bl height
	mr 26,3
	lwz 3,8(25)
	bl height
	cmpw 0,26,3
	bge- 0,.L161
	mr 26,3
.L161:
	addi 26,26,1
.L160:
	lwz 31,8(31)
	li 3,0
	cmpwi 0,31,0
	beq- 0,.L162
	lwz 3,4(31)
	bl height
	mr 9,3
	lwz 3,8(31)
	mr 31,9
	bl height
	cmpw 0,31,3
	bge- 0,.L163
	mr 31,3
.L163:
	addi 3,31,1
.L162:
	cmpw 0,3,26
	bge- 0,.L164
	mr 3,26
.L164:
	addi 3,3,1
.L159:
	cmpw 0,3,27
	blt- 0,.L289
.L165:
	addi 3,3,1
.L156:
	cmpw 0,3,28
	blt- 0,.L290
.L166:
	addi 3,3,1
.L141:
	cmpw 0,3,29
	bge- 0,.L167
	mr 3,29
.L167:
	addi 3,3,1
.L110:
	cmpw 0,3,30
	blt- 0,.L291
.L168:
	lwz 0,52(1)
	addi 3,3,1
	lwz 25,20(1)
	.cfi_remember_state
	.cfi_restore 25
	lwz 26,24(1)
	.cfi_restore 26
	lwz 27,28(1)
	.cfi_restore 27
	mtlr 0
	.cfi_restore 65
	lwz 28,32(1)
	.cfi_restore 28
	lwz 30,40(1)
	.cfi_restore 30
	lwz 31,44(1)
	.cfi_restore 31
	lwz 29,36(1)
	addi 1,1,48
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
.L291:
	.cfi_restore_state
	mr 3,30
	b .L168
.L169:
	.cfi_restore 25
	.cfi_restore 26
	.cfi_restore 27
	.cfi_restore 28
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	lwz 29,36(1)
	li 3,0
	addi 1,1,48
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
.L284:
	.cfi_def_cfa_offset 48
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	mr 30,28
	b .L108
.L281:
	mr 31,30
	b .L86
.L290:
	mr 3,28
	b .L166
.L287:
	mr 29,31
	b .L140
.L289:
	mr 3,27
	b .L165
.L283:
	mr 30,27
	b .L107
.L282:
	mr 28,30
	b .L97
.L280:
	mr 31,27
	b .L85
.L279:
	mr 30,31
	b .L75
.L286:
	mr 29,27
	b .L139
.L285:
	mr 31,29
	b .L125
.L288:
	mr 28,31
	b .L155
	.cfi_endproc
.LFE7:
	.size	height,.-height
	.align 2
	.type	walk, @function
walk:
.LFB9:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 25,36(1)
	.cfi_offset 25, -28
	mr. 25,3
	beq- 0,.L292
	stw 23,28(1)
	.cfi_offset 23, -36
	stw 30,56(1)
	.cfi_offset 30, -8
	mr 30,4
	stw 31,60(1)
	.cfi_offset 31, -4
	mr 31,5
.L293:
	lwz 23,4(25)
	cmpwi 0,23,0
	beq- 0,.L294
	stw 21,20(1)
	.cfi_offset 21, -44
	stw 22,24(1)
	.cfi_offset 22, -40
	stw 27,44(1)
	.cfi_offset 27, -20
	stw 29,52(1)
	.cfi_offset 29, -12
.L309:
	lwz 22,4(23)
	cmpwi 0,22,0
	beq- 0,.L295
.L308:
	lwz 21,4(22)
	cmpwi 0,21,0
	beq- 0,.L296
.L307:
	lwz 29,4(21)
	cmpwi 0,29,0
	beq- 0,.L297
.L306:
	lwz 27,4(29)
	cmpwi 0,27,0
	beq- 0,.L298
	stw 24,32(1)
	.cfi_offset 24, -32
.L305:
	lwz 24,4(27)
	cmpwi 0,24,0
	beq- 0,.L299
	stw 26,40(1)
	.cfi_offset 26, -24
	stw 28,48(1)
	.cfi_offset 28, -16
.L304:
	lwz 28,4(24)
	cmpwi 0,28,0
	beq- 0,.L300
.L303:
	lwz 26,4(28)
	cmpwi 0,26,0
	beq- 0,.L301
	mflr 0
	.cfi_register 65, 0
	stw 0,68(1)
	.cfi_offset 65, 4
.L302:
	lwz 3,4(26)
	mr 5,31
	mr 4,30
	bl walk
	lwz 9,0(30)
	lwz 10,0(26)
	lwz 26,8(26)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,26,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L302
	lwz 0,68(1)
	mtlr 0
	.cfi_restore 65
.L301:
	lwz 9,0(30)
	lwz 10,0(28)
	lwz 28,8(28)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,28,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L303
.L300:
	lwz 9,0(30)
	lwz 10,0(24)
	lwz 24,8(24)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,24,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L304
	lwz 26,40(1)
	.cfi_restore 26
	lwz 28,48(1)
	.cfi_restore 28
.L299:
	lwz 9,0(30)
	lwz 10,0(27)
	lwz 27,8(27)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,27,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L305
	lwz 24,32(1)
	.cfi_restore 24
.L298:
	lwz 9,0(30)
	lwz 10,0(29)
	lwz 29,8(29)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,29,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L306
.L297:
	lwz 9,0(30)
	lwz 10,0(21)
	lwz 21,8(21)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,21,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L307
.L296:
	lwz 9,0(30)
	lwz 10,0(22)
	lwz 22,8(22)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,22,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L308
.L295:
	lwz 9,0(30)
	lwz 10,0(23)
	lwz 23,8(23)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,23,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L309
	lwz 21,20(1)
	.cfi_restore 21
	lwz 22,24(1)
	.cfi_restore 22
	lwz 27,44(1)
	.cfi_restore 27
	lwz 29,52(1)
	.cfi_restore 29
.L294:
	lwz 9,0(30)
	lwz 10,0(25)
	lwz 25,8(25)
	mulli 9,9,31
	add 9,9,10
	cmpwi 0,25,0
	stw 9,0(30)
	lwz 9,0(31)
	addi 9,9,1
	stw 9,0(31)
	bne+ 0,.L293
	lwz 23,28(1)
	.cfi_restore 23
	lwz 30,56(1)
	.cfi_restore 30
	lwz 31,60(1)
	.cfi_restore 31
.L292:
	lwz 25,36(1)
	addi 1,1,64
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE9:
	.size	walk,.-walk
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"list"
	.align 2
.LC1:
	.string	"reversed"
	.align 2
.LC2:
	.string	"sorted"
	.align 2
.LC3:
	.string	"tree nodes"
	.align 2
.LC4:
	.string	"tree height"
	.align 2
.LC5:
	.string	"in-order"
	.align 2
.LC6:
	.string	"found"
	.align 2
.LC7:
	.string	"after delete"
	.align 2
.LC8:
	.string	"lru sum"
	.align 2
.LC9:
	.string	"hits"
	.align 2
.LC10:
	.string	"misses"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	lis 5,0x41c6
	lis 6,0x51eb
	li 9,20
	ori 5,5,0x4e6d
	stw 28,32(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	lis 28,.LANCHOR0@ha
	la 28,.LANCHOR0@l(28)
	stw 0,52(1)
	lwz 4,1556(28)
	ori 6,6,0x851f
	stw 26,24(1)
	li 8,0
	stw 29,36(1)
	mtctr 9
	stw 30,40(1)
	slwi 3,4,3
	stw 27,28(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 27, -20
	addi 27,28,1560
	stw 31,44(1)
	.cfi_offset 31, -4
	add 10,27,3
	li 31,99
.L349:
	mullw 31,31,5
	stw 8,4(10)
	mr 8,10
	addi 10,10,8
	addi 31,31,12345
	srwi 7,31,16
	mulhwu 9,7,6
	srwi 9,9,5
	mulli 9,9,100
	subf 9,9,7
	stw 9,-8(10)
	bdnz .L349
	addi 9,3,152
	lis 3,.LC0@ha
	add 27,27,9
	la 3,.LC0@l(3)
	addi 9,4,20
	mr 4,27
	stw 9,1556(28)
	bl print_list
	li 9,0
	b .L350
.L369:
	mr 27,30
.L350:
	lwz 30,4(27)
	stw 9,4(27)
	mr 9,27
	cmpwi 0,30,0
	bne+ 0,.L369
	lis 3,.LC1@ha
	mr 4,27
	la 3,.LC1@l(3)
	lis 26,0x41c6
	bl print_list
	mr 3,27
	bl msort
	lis 27,0x51eb
	mr 4,3
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	li 29,60
	bl print_list
	ori 26,26,0x4e6d
	ori 27,27,0x851f
.L351:
	mullw 31,31,26
	mr 3,30
	addi 31,31,12345
	srwi 4,31,16
	mulhwu 9,4,27
	srwi 9,9,6
	mulli 9,9,200
	subf 4,9,4
	bl insert
	addic. 29,29,-1
	mr 30,3
	bne+ 0,.L351
	addi 5,1,8
	addi 4,1,12
	stw 29,12(1)
	stw 29,8(1)
	bl walk
	lwz 4,8(1)
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	lis 29,.LC5@ha
	la 29,.LC5@l(29)
	bl show_int
	mr 3,30
	bl height
	mr 4,3
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	lwz 4,12(1)
	mr 3,29
	bl show_hex
	li 9,50
	cmpwi 0,30,0
	li 8,0
	mtctr 9
.L352:
	bne- 0,.L396
	addi 8,8,4
	bdnz .L352
	li 4,0
.L357:
	lis 3,.LC6@ha
	li 31,3
	la 3,.LC6@l(3)
	bl show_int
	mr 3,30
	li 4,0
	bl delete
	mr 9,3
.L361:
	mr 3,9
	mr 4,31
	bl delete
	addi 4,31,3
	addi 31,31,6
	bl delete
	cmpwi 0,31,201
	mr 9,3
	bne+ 0,.L361
	li 9,0
	addi 5,1,8
	addi 4,1,12
	stw 9,12(1)
	stw 9,8(1)
	bl walk
	lwz 4,8(1)
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
	lwz 4,12(1)
	mr 3,29
	bl show_hex
	addi 11,28,1540
	stw 11,1548(28)
	li 10,4
	mr 8,11
	addi 9,28,3608
	li 7,-1
	mtctr 10
.L362:
	mr 10,8
	stw 8,12(9)
	stw 7,0(9)
	mr 8,9
	stw 11,8(9)
	stw 9,8(10)
	addi 9,9,16
	bdnz .L362
	addi 9,28,3656
	lis 5,.LANCHOR1@ha
	stw 9,1552(28)
	la 5,.LANCHOR1@l(5)
	li 9,20
	lwz 30,3672(28)
	lwz 31,3676(28)
	addi 5,5,-1
	li 27,0
	li 29,0
	li 4,0
	mtctr 9
	b .L366
.L398:
	lwz 10,12(9)
	addi 31,31,1
	lwz 8,8(9)
	li 29,1
	lwz 6,4(9)
	stw 10,12(8)
	stw 8,8(10)
	add 4,4,6
	lwz 10,1552(28)
	stw 11,8(9)
	stw 10,12(9)
	stw 9,8(10)
	stw 9,1552(28)
	bdz .L397
.L366:
	lbzu 8,1(5)
	slwi 7,8,2
	mullw 6,8,8
	add 10,28,7
	lwz 9,3680(10)
	mr 7,10
	cmpwi 0,9,0
	bne- 0,.L398
	lwz 10,1548(28)
	addi 30,30,1
	li 27,1
	lwz 0,0(10)
	cmpwi 0,0,0
	slwi 3,0,2
	add 3,28,3
	blt- 0,.L365
	stw 9,3680(3)
.L365:
	lwz 9,12(10)
	add 4,4,6
	lwz 3,8(10)
	stw 10,3680(7)
	stw 9,12(3)
	stw 3,8(9)
	stw 8,0(10)
	lwz 9,1552(28)
	stw 6,4(10)
	stw 11,8(10)
	stw 9,12(10)
	stw 10,8(9)
	stw 10,1552(28)
	bdnz .L366
.L397:
	andi. 27,27,0x1
	beq- 0,.L367
	stw 30,3672(28)
.L367:
	andi. 29,29,0x1
	beq- 0,.L368
	stw 31,3676(28)
.L368:
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_int
	lwz 4,3676(28)
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl show_int
	lwz 4,3672(28)
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl show_int
	lwz 9,3676(28)
	lwz 3,3672(28)
	lwz 0,52(1)
	mulli 9,9,10
	lwz 26,24(1)
	lwz 27,28(1)
	lwz 28,32(1)
	add 3,9,3
	lwz 29,36(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 30,40(1)
	lwz 31,44(1)
	addi 1,1,48
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
.L396:
	.cfi_restore_state
	li 4,0
.L359:
	mr 9,30
	b .L355
.L401:
	lwz 9,4(9)
	cmpwi 0,9,0
	beq- 0,.L399
.L355:
	lwz 10,0(9)
	cmpw 0,10,8
	beq- 0,.L400
	bgt- 0,.L401
	lwz 9,8(9)
	cmpwi 0,9,0
	bne+ 0,.L355
.L399:
	addi 8,8,1
	cmpwi 0,8,200
	bne+ 0,.L359
	b .L357
.L400:
	addi 8,8,1
	addi 4,4,1
	cmpwi 0,8,200
	bne+ 0,.L359
	b .L357
	.cfi_endproc
.LFE13:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	refs.0, @object
	.size	refs.0, 20
refs.0:
	.ascii	"\001\002\003\001\004\005\001\002\006\001\007\001\002\003\004"
	.ascii	"\001\003\005\001?"
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	tused, @object
	.size	tused, 4
tused:
	.zero	4
	.type	tpool, @object
	.size	tpool, 1536
tpool:
	.zero	1536
	.type	lru_head, @object
	.size	lru_head, 16
lru_head:
	.zero	16
	.type	used, @object
	.size	used, 4
used:
	.zero	4
	.type	pool, @object
	.size	pool, 2048
pool:
	.zero	2048
	.type	slots, @object
	.size	slots, 64
slots:
	.zero	64
	.type	misses, @object
	.size	misses, 4
misses:
	.zero	4
	.type	hits, @object
	.size	hits, 4
hits:
	.zero	4
	.type	index_, @object
	.size	index_, 256
index_:
	.zero	256
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
