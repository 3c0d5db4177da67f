	.file	"sort.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	insertion, @function
insertion:
.LFB0:
	.cfi_startproc
	cmpwi 0,4,1
	addi 11,4,-1
	mr 5,3
	li 4,0
	blelr- 0
.L6:
	lwzu 7,4(5)
	subf 10,3,5
	mr 9,5
	andi. 10,10,0x4
	beq- 0,.L3
	lwz 10,-4(5)
	mr 6,5
	cmpw 0,10,7
	ble- 0,.L4
	addi 9,5,-4
	stw 10,0(5)
	cmplw 0,3,9
	bne+ 0,.L3
	b .L8
.L5:
	stw 8,0(9)
	mr 6,10
	lwz 8,-4(10)
	cmpw 0,8,7
	ble- 0,.L4
	stw 8,-4(9)
	addi 9,10,-4
	cmplw 0,3,9
	beq- 0,.L8
.L3:
	lwz 8,-4(9)
	addi 10,9,-4
	mr 6,9
	cmpw 0,8,7
	bgt+ 0,.L5
.L4:
	addi 4,4,1
	stw 7,0(6)
	cmplw 0,11,4
	bne+ 0,.L6
	blr
.L8:
	addi 4,4,1
	mr 6,3
	cmplw 0,11,4
	stw 7,0(6)
	bne+ 0,.L6
	blr
	.cfi_endproc
.LFE0:
	.size	insertion,.-insertion
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	" sorted "
	.align 2
.LC1:
	.string	" NOT sorted "
	.section	".text"
	.align 2
	.type	check.constprop.0, @function
check.constprop.0:
.LFB9:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	lis 9,.LANCHOR0@ha
	lis 5,0xf
	la 9,.LANCHOR0@l(9)
	ori 5,5,0x4243
	stw 0,20(1)
	addi 8,9,-4
	stw 30,8(1)
	li 9,0
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 30,1
	li 31,0
.L23:
	lwzu 10,4(8)
	cmpwi 0,9,0
	addi 9,9,1
	mullw 7,31,5
	cmpwi 7,9,200
	mullw 6,10,9
	beq- 0,.L28
	lwz 4,-4(8)
	add 31,6,7
	cmpw 0,4,10
	ble- 0,.L21
	li 30,0
.L21:
	bne+ 7,.L23
	bl print_str
	cmpwi 0,30,0
	bne- 0,.L26
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
.L24:
	bl print_str
	mr 3,31
	bl print_hex
	bl print_nl
	lwz 0,20(1)
	mr 3,30
	lwz 31,12(1)
	lwz 30,8(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
.L28:
	.cfi_restore_state
	li 9,1
	add 31,10,7
	b .L23
.L26:
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	b .L24
	.cfi_endproc
.LFE9:
	.size	check.constprop.0,.-check.constprop.0
	.align 2
	.type	radix.constprop.0, @function
radix.constprop.0:
.LFB10:
	.cfi_startproc
	stwu 1,-1072(1)
	.cfi_def_cfa_offset 1072
	mflr 0
	stw 29,1060(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 0,1076(1)
	la 29,.LANCHOR0@l(29)
	stw 28,1056(1)
	addi 6,1,8
	stw 30,1064(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	addi 28,29,-4
	stw 31,1068(1)
	.cfi_offset 31, -4
	li 30,0
	addi 31,29,1596
.L34:
	li 5,1028
	mr 3,6
	li 4,0
	bl memset
	li 9,200
	mr 6,3
	mr 5,28
	mr 8,28
	mtctr 9
.L30:
	lwzu 9,4(8)
	addis 9,9,0x8000
	srw 9,9,30
	rlwinm 9,9,2,22,29
	addi 9,9,4
	lwzx 10,6,9
	addi 10,10,1
	stwx 10,6,9
	bdnz .L30
	li 8,64
	mr 10,6
	li 9,0
	mtctr 8
.L31:
	lwz 7,4(10)
	lwz 8,12(10)
	add 9,9,7
	lwz 7,8(10)
	stw 9,4(10)
	add 9,9,7
	stw 9,8(10)
	add 9,9,8
	stw 9,12(10)
	lwzu 8,16(10)
	add 9,9,8
	stw 9,0(10)
	bdnz .L31
	li 9,200
	mr 4,28
	mtctr 9
.L32:
	lwzu 7,4(4)
	addis 9,7,0x8000
	srw 9,9,30
	rlwinm 9,9,2,22,29
	lwzx 10,6,9
	slwi 8,10,2
	addi 10,10,1
	add 8,29,8
	stwx 10,6,9
	stw 7,800(8)
	bdnz .L32
	addi 10,29,796
	subf 9,10,31
	addi 9,9,-4
	srwi 9,9,2
	addi 9,9,1
	andi. 8,9,0x3
	beq- 0,.L45
	cmpwi 0,8,1
	beq- 0,.L52
	cmpwi 0,8,2
	beq- 0,.L53
	lwz 8,800(29)
	addi 10,29,800
	addi 5,28,4
	stw 8,4(28)
.L53:
	lwzu 8,4(10)
	stwu 8,4(5)
.L52:
	lwzu 8,4(10)
	cmplw 0,31,10
	stwu 8,4(5)
	beq- 0,.L58
.L45:
	srwi 9,9,2
	mtctr 9
.L33:
	lwz 4,4(10)
	lwz 7,8(10)
	lwz 8,12(10)
	lwzu 9,16(10)
	stw 4,4(5)
	stw 7,8(5)
	stw 8,12(5)
	stwu 9,16(5)
	bdnz .L33
.L58:
	addi 30,30,8
	cmpwi 0,30,32
	bne+ 0,.L34
	lwz 0,1076(1)
	lwz 28,1056(1)
	lwz 29,1060(1)
	lwz 30,1064(1)
	mtlr 0
	.cfi_restore 65
	lwz 31,1068(1)
	addi 1,1,1072
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE10:
	.size	radix.constprop.0,.-radix.constprop.0
	.align 2
	.type	sift.constprop.0, @function
sift.constprop.0:
.LFB11:
	.cfi_startproc
	slwi 9,3,1
	addi 8,9,1
	cmpw 0,4,8
	blelr- 0
	lis 10,.LANCHOR0@ha
	slwi 11,3,2
	la 10,.LANCHOR0@l(10)
	lwzx 0,10,11
.L68:
	addi 3,3,1
	slwi 7,8,2
	slwi 3,3,1
	addi 9,9,2
	cmpw 0,4,3
	add 5,10,7
	slwi 6,9,2
	lwzx 7,10,7
	mr 3,8
	ble- 0,.L66
	lwzx 8,10,6
	add 6,10,6
	cmpw 0,8,7
	ble- 0,.L66
	mr 3,9
	mr 7,8
	mr 5,6
.L66:
	cmpw 0,0,7
	slwi 9,3,1
	addi 8,9,1
	cmpw 7,8,4
	bgelr- 0
	stwx 7,10,11
	slwi 11,3,2
	stw 0,0(5)
	blt+ 7,.L68
	blr
	.cfi_endproc
.LFE11:
	.size	sift.constprop.0,.-sift.constprop.0
	.align 2
	.type	merge_sort.constprop.0, @function
merge_sort.constprop.0:
.LFB12:
	.cfi_startproc
	cmpwi 0,4,1
	blelr- 0
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 30,24(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	srawi 30,4,1
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,4
	mr 4,30
	stw 0,36(1)
	stw 29,20(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	mr 29,3
	bl merge_sort.constprop.0
	slwi 3,30,2
	subf 4,30,31
	add 3,29,3
	bl merge_sort.constprop.0
	lis 4,.LANCHOR0@ha
	cmpw 7,31,30
	ble- 7,.L91
	la 4,.LANCHOR0@l(4)
	mr 9,30
	li 10,0
	addi 5,4,796
	li 6,0
	b .L77
.L121:
	cmpw 5,30,6
	addi 9,9,1
	stwu 7,4(5)
	cmpw 7,31,9
	addi 10,10,1
	ble- 5,.L76
.L122:
	ble- 7,.L73
.L77:
	slwi 7,9,2
	slwi 8,6,2
	lwzx 7,29,7
	lwzx 8,29,8
	cmpw 0,7,8
	blt- 0,.L121
	addi 6,6,1
	mr 7,8
	cmpw 5,30,6
	stwu 7,4(5)
	cmpw 7,31,9
	addi 10,10,1
	bgt+ 5,.L122
.L76:
	cmpw 7,31,9
	lis 8,.LANCHOR0+800@ha
	la 0,.LANCHOR0+800@l(8)
	bgt+ 7,.L109
.L83:
	andi. 10,31,0x1
	addi 9,4,796
	addi 8,31,-1
	addi 10,29,-4
	beq- 0,.L98
	mr 9,4
	cmpwi 0,8,0
	lwzu 8,800(9)
	mr 10,29
	stw 8,0(29)
	beq- 0,.L71
.L98:
	srwi 8,31,1
	mtctr 8
.L90:
	lwz 6,4(9)
	addi 7,9,4
	addi 8,10,4
	addi 9,9,8
	addi 10,10,8
	stw 6,-4(10)
	lwz 7,4(7)
	stw 7,4(8)
	bdnz .L90
.L71:
	lwz 0,36(1)
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
.L91:
	.cfi_restore_state
	cmpwi 5,30,0
	la 4,.LANCHOR0@l(4)
	mr 9,30
	li 10,0
	li 6,0
.L73:
	ble- 5,.L78
	subf 8,6,30
.L79:
	andi. 3,8,0x1
	slwi 7,6,2
	slwi 5,10,2
	addi 7,7,-4
	addi 5,5,-4
	addi 0,4,800
	add 7,29,7
	add 5,0,5
	addi 3,8,-1
	beq- 0,.L104
	lwzu 11,4(7)
	cmpwi 0,3,0
	stwu 11,4(5)
	beq- 0,.L111
.L104:
	srwi 8,8,1
	mtctr 8
.L80:
	lwz 11,4(7)
	addi 3,7,4
	addi 8,5,4
	addi 7,7,8
	addi 5,5,8
	stw 11,-4(5)
	lwz 3,4(3)
	stw 3,4(8)
	bdnz .L80
.L111:
	addi 10,10,1
	ble- 5,.L84
	addi 30,30,-1
	subf 30,6,30
.L85:
	add 10,30,10
	ble- 7,.L83
.L109:
	subf 8,9,31
	slwi 10,10,2
	slwi 9,9,2
	andi. 7,8,0x1
	addi 10,10,-4
	addi 9,9,-4
	add 10,0,10
	add 9,29,9
	addi 6,8,-1
	bne- 0,.L123
.L101:
	srwi 8,8,1
	mtctr 8
.L89:
	lwz 6,4(9)
	addi 7,9,4
	addi 8,10,4
	addi 9,9,8
	addi 10,10,8
	stw 6,-4(10)
	lwz 7,4(7)
	stw 7,4(8)
	bdnz .L89
	b .L83
.L78:
	li 8,1
	b .L79
.L123:
	lwzu 7,4(9)
	cmpwi 0,6,0
	stwu 7,4(10)
	bne+ 0,.L101
	b .L83
.L84:
	li 30,0
	b .L85
	.cfi_endproc
.LFE12:
	.size	merge_sort.constprop.0,.-merge_sort.constprop.0
	.align 2
	.type	quick.constprop.0, @function
quick.constprop.0:
.LFB13:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 28,32(1)
	.cfi_offset 28, -16
	subf 28,3,4
	cmpwi 0,28,8
	stw 27,28(1)
	stw 25,20(1)
	.cfi_offset 27, -20
	.cfi_offset 25, -28
	mr 27,3
	ble- 0,.L125
	mflr 0
	.cfi_register 65, 0
	stw 24,16(1)
	.cfi_offset 24, -32
	stw 0,52(1)
	.cfi_offset 65, 4
	stw 30,40(1)
	.cfi_offset 30, -8
	stw 31,44(1)
	.cfi_offset 31, -4
	stw 29,36(1)
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 26,24(1)
	.cfi_offset 26, -24
	la 29,.LANCHOR0@l(29)
	mr 26,4
.L139:
	srawi 9,28,1
	slwi 7,27,2
	add 9,9,27
	lwzx 10,29,7
	slwi 9,9,2
	add 25,29,7
	lwzx 8,29,9
	cmpw 0,8,10
	bge- 0,.L126
	stwx 10,29,9
	mr 10,8
	stwx 8,29,7
.L126:
	slwi 6,26,2
	lwzx 8,29,6
	cmpw 0,8,10
	bge- 0,.L127
	stwx 10,29,6
	stwx 8,29,7
	lwzx 8,29,6
.L127:
	lwzx 10,29,9
	cmpw 0,10,8
	ble- 0,.L128
	stwx 10,29,6
	mr 10,8
	stwx 8,29,9
.L128:
	mr 30,26
	mr 31,27
.L129:
	cmpw 0,31,30
	bgt- 0,.L134
	slwi 6,31,2
	slwi 7,30,2
	lwzx 8,29,6
	addi 9,6,4
	add 5,29,7
	add 9,29,9
	lwzx 7,29,7
	add 6,29,6
	cmpw 0,8,10
	bge- 0,.L150
.L130:
	mr 6,9
	addi 31,31,1
	lwz 8,0(9)
	addi 9,9,4
	cmpw 0,8,10
	blt+ 0,.L130
	cmpw 0,10,7
	bge- 0,.L131
.L141:
	mr 9,5
.L132:
	lwz 7,-4(9)
	addi 9,9,-4
	addi 30,30,-1
	mr 5,9
	cmpw 0,7,10
	bgt+ 0,.L132
.L131:
	cmpw 0,31,30
	ble- 0,.L142
.L134:
	subf 28,27,30
	subf 24,31,26
	cmpw 0,28,24
	bge- 0,.L137
	mr 3,27
	mr 4,30
	slwi 25,31,2
	bl quick.constprop.0
	mr 28,24
	add 25,29,25
	mr 27,31
.L138:
	cmpwi 0,28,8
	bgt+ 0,.L139
	lwz 0,52(1)
	addi 4,28,1
	lwz 24,16(1)
	.cfi_remember_state
	.cfi_restore 24
	mr 3,25
	lwz 26,24(1)
	.cfi_restore 26
	lwz 29,36(1)
	.cfi_restore 29
	mtlr 0
	.cfi_restore 65
	lwz 30,40(1)
	.cfi_restore 30
	lwz 31,44(1)
	.cfi_restore 31
	lwz 25,20(1)
	lwz 27,28(1)
	lwz 28,32(1)
	addi 1,1,48
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	b insertion
.L150:
	.cfi_restore_state
	cmpw 0,10,7
	blt+ 0,.L141
.L142:
	stw 7,0(6)
	addi 31,31,1
	stw 8,0(5)
	addi 30,30,-1
	b .L129
.L137:
	mr 4,26
	mr 3,31
	bl quick.constprop.0
	mr 26,30
	b .L138
.L125:
	.cfi_restore 24
	.cfi_restore 26
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	lis 25,.LANCHOR0@ha
	slwi 27,3,2
	la 25,.LANCHOR0@l(25)
	addi 4,28,1
	add 25,25,27
	lwz 28,32(1)
	lwz 27,28(1)
	mr 3,25
	lwz 25,20(1)
	addi 1,1,48
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	b insertion
	.cfi_endproc
.LFE13:
	.size	quick.constprop.0,.-quick.constprop.0
	.section	.rodata.str1.4
	.align 2
.LC2:
	.string	"insertion"
	.align 2
.LC3:
	.string	"quick"
	.align 2
.LC4:
	.string	"merge"
	.align 2
.LC5:
	.string	"heap"
	.align 2
.LC6:
	.string	"radix"
	.align 2
.LC7:
	.string	"min"
	.align 2
.LC8:
	.string	"median"
	.align 2
.LC9:
	.string	"max"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	lis 11,0x1
	lis 3,0xc28f
	lis 4,0x51e
	li 9,200
	stw 30,24(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	lis 30,.LANCHOR0@ha
	stw 0,36(1)
	ori 11,11,0xdcd
	stw 26,8(1)
	ori 3,3,0x5c29
	stw 27,12(1)
	ori 4,4,0xb851
	stw 28,16(1)
	li 8,0
	stw 29,20(1)
	li 10,7
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	la 31,.LANCHOR0@l(30)
	addi 5,31,1596
	mtctr 9
.L153:
	mullw 9,8,3
	rlwinm 6,8,1,0,29
	mullw 10,10,11
	add 6,31,6
	addi 8,8,1
	rotlwi 9,9,31
	addi 10,10,1
	cmplw 0,9,4
	srwi 7,10,3
	addis 7,7,0xf000
	stwu 7,4(5)
	bgt- 0,.L152
	lwz 9,1600(6)
	stw 9,0(5)
.L152:
	bdnz .L153
	addi 26,31,1600
	li 5,800
	mr 4,26
	mr 3,31
	bl memcpy
	li 4,200
	mr 3,31
	li 29,99
	bl insertion
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl check.constprop.0
	li 5,800
	mr 27,3
	mr 4,26
	mr 3,31
	bl memcpy
	li 4,199
	li 3,0
	bl quick.constprop.0
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl check.constprop.0
	li 5,800
	mr 9,3
	mr 4,26
	mr 3,31
	add 27,27,9
	bl memcpy
	li 4,200
	mr 3,31
	bl merge_sort.constprop.0
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl check.constprop.0
	mr 4,26
	mr 9,3
	li 5,800
	mr 3,31
	add 27,27,9
	bl memcpy
.L154:
	mr 3,29
	li 4,200
	addi 28,29,-1
	bl sift.constprop.0
	mr 3,28
	li 4,200
	bl sift.constprop.0
	addi 3,29,-2
	li 4,200
	bl sift.constprop.0
	addi 3,29,-3
	li 4,200
	addi 29,29,-4
	bl sift.constprop.0
	cmpwi 0,29,-1
	bne+ 0,.L154
	addi 28,31,800
	li 29,199
.L155:
	lwz 9,0(31)
	mr 4,29
	lwzu 10,-4(28)
	li 3,0
	stw 10,0(31)
	stw 9,0(28)
	bl sift.constprop.0
	addic. 29,29,-1
	bne+ 0,.L155
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl check.constprop.0
	li 5,800
	mr 9,3
	mr 4,26
	mr 3,31
	add 27,27,9
	bl memcpy
	bl radix.constprop.0
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl check.constprop.0
	lwz 4,.LANCHOR0@l(30)
	mr 9,3
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	add 27,27,9
	bl show_int
	lwz 4,400(31)
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_int
	lwz 4,796(31)
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl show_int
	lwz 0,36(1)
	mulli 3,27,7
	lwz 26,8(1)
	lwz 27,12(1)
	lwz 28,16(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE8:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	work, @object
	.size	work, 800
work:
	.zero	800
	.type	scratch, @object
	.size	scratch, 800
scratch:
	.zero	800
	.type	data, @object
	.size	data, 800
data:
	.zero	800
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
