	.file	"sort.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	insertion, @function
insertion:
.LFB0:
	.cfi_startproc
	mr 8,3
	li 10,1
.L2:
	cmpw 0,10,4
	bgelr- 0
	lwzu 6,4(8)
	addi 9,10,-1
	mtctr 10
	mr 7,8
.L3:
	lwzu 5,-4(7)
	cmpw 0,5,6
	ble- 0,.L4
	stw 5,4(7)
	addi 9,9,-1
	bdnz .L3
.L4:
	addi 9,9,1
	addi 10,10,1
	slwi 9,9,2
	stwx 6,3,9
	b .L2
	.cfi_endproc
.LFE0:
	.size	insertion,.-insertion
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	" sorted "
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
	lis 7,0xf
	la 9,.LANCHOR0@l(9)
	li 10,0
	stw 0,20(1)
	addi 9,9,-4
	stmw 30,8(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	ori 7,7,0x4243
	li 30,1
	li 31,0
.L17:
	cmpwi 0,10,0
	lwzu 8,4(9)
	bne+ 0,.L13
	mullw 31,31,7
	li 10,1
	add 31,8,31
	b .L17
.L13:
	lwz 6,-4(9)
	cmpw 0,6,8
	ble- 0,.L15
	li 30,0
.L15:
	addi 10,10,1
	mullw 31,31,7
	mullw 8,8,10
	cmpwi 0,10,200
	add 31,8,31
	bne+ 0,.L17
	bl print_str
	lis 3,.LC0@ha
	cmpwi 0,30,0
	la 3,.LC0@l(3)
	bne- 0,.L18
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
.L18:
	bl print_str
	mr 3,31
	bl print_hex
	bl print_nl
	addi 11,1,16
	mr 3,30
	b _restgpr_30_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 65
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
	stmw 29,1060(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,1076(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	li 30,0
	addi 10,1,8
	addi 29,31,800
.L27:
	mr 3,10
	li 5,1028
	li 4,0
	bl memset
	addi 6,31,-4
	li 9,200
	mr 10,3
	mr 7,6
	mtctr 9
.L23:
	lwzu 9,4(7)
	addis 9,9,0x8000
	srw 9,9,30
	rlwinm 9,9,2,22,29
	addi 9,9,4
	lwzx 8,10,9
	addi 8,8,1
	stwx 8,10,9
	bdnz .L23
	li 8,256
	mr 9,10
	mtctr 8
.L24:
	lwzu 8,4(9)
	lwz 7,-4(9)
	add 8,8,7
	stw 8,0(9)
	bdnz .L24
	li 8,200
	li 9,200
	mtctr 8
.L25:
	lwzu 5,4(6)
	addi 9,9,-1
	addis 7,5,0x8000
	srw 7,7,30
	rlwinm 7,7,2,22,29
	lwzx 8,10,7
	addi 4,8,1
	slwi 8,8,2
	add 8,31,8
	stwx 4,10,7
	stw 5,800(8)
	bdnz .L25
	li 8,200
	mtctr 8
.L26:
	lwzx 8,9,29
	stwx 8,31,9
	addi 9,9,4
	bdnz .L26
	addi 30,30,8
	cmpwi 0,30,32
	bne+ 0,.L27
	addi 11,1,1072
	b _restgpr_29_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_endproc
.LFE10:
	.size	radix.constprop.0,.-radix.constprop.0
	.align 2
	.type	sift.constprop.0, @function
sift.constprop.0:
.LFB11:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	la 9,.LANCHOR0@l(9)
.L41:
	slwi 10,3,1
	addi 8,10,1
	cmpw 0,8,4
	bgelr- 0
	addi 10,10,2
	slwi 7,8,2
	cmpw 0,4,10
	lwzx 7,9,7
	ble- 0,.L40
	slwi 6,10,2
	lwzx 6,9,6
	cmpw 0,6,7
	ble- 0,.L40
	mr 8,10
.L40:
	slwi 3,3,2
	slwi 10,8,2
	lwzx 7,9,3
	lwzx 6,9,10
	cmpw 0,7,6
	bgelr- 0
	stwx 6,9,3
	mr 3,8
	stwx 7,9,10
	b .L41
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
	stmw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	srawi 30,4,1
	mr 31,4
	mr 4,30
	mr 29,3
	stw 0,36(1)
	.cfi_offset 65, 4
	bl merge_sort.constprop.0
	slwi 3,30,2
	subf 4,30,31
	add 3,29,3
	bl merge_sort.constprop.0
	lis 7,.LANCHOR0+800@ha
	cmpw 0,31,30
	la 7,.LANCHOR0+800@l(7)
	ble- 0,.L56
	mr 9,7
	mr 8,30
	li 6,0
	li 10,0
.L49:
	slwi 5,8,2
	slwi 4,10,2
	lwzx 5,29,5
	lwzx 4,29,4
	cmpw 0,5,4
	bge- 0,.L45
	addi 8,8,1
.L46:
	cmpw 0,30,10
	stw 5,0(9)
	addi 6,6,1
	bgt+ 0,.L47
.L44:
	subf 9,10,30
	cmpw 0,10,30
	slwi 5,6,2
	addi 9,9,1
	add 5,7,5
	mr 4,10
	mtctr 9
	ble+ 0,.L48
	li 9,1
	mtctr 9
.L48:
	bdnz .L50
	cmpw 0,30,10
	mr 5,8
	li 9,0
	blt- 0,.L52
	subf 9,10,30
.L52:
	add 9,9,6
	subf 10,8,31
	cmpw 0,8,31
	slwi 9,9,2
	addi 10,10,1
	add 9,7,9
	mtctr 10
	bgt- 0,.L59
	lis 10,0x8000
	cmpw 0,31,10
	bne+ 0,.L53
.L59:
	li 10,1
	mtctr 10
.L53:
	bdnz .L54
	li 9,0
	mtctr 31
.L55:
	lwzx 10,7,9
	stwx 10,29,9
	addi 9,9,4
	bdnz .L55
	addi 11,1,32
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
.L45:
	.cfi_restore_state
	addi 10,10,1
	mr 5,4
	b .L46
.L56:
	mr 8,30
	li 6,0
	li 10,0
	b .L44
.L47:
	cmpw 0,31,8
	addi 9,9,4
	bgt+ 0,.L49
	b .L44
.L50:
	slwi 9,4,2
	addi 5,5,4
	lwzx 9,29,9
	addi 4,4,1
	stw 9,-4(5)
	b .L48
.L54:
	slwi 10,5,2
	addi 9,9,4
	lwzx 10,29,10
	addi 5,5,1
	stw 10,-4(9)
	b .L53
	.cfi_endproc
.LFE12:
	.size	merge_sort.constprop.0,.-merge_sort.constprop.0
	.align 2
	.type	quick.constprop.0, @function
quick.constprop.0:
.LFB13:
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
	lis 31,.LANCHOR0@ha
	mr 28,3
	mr 27,4
	la 31,.LANCHOR0@l(31)
.L67:
	subf 9,28,27
	slwi 10,28,2
	cmpwi 0,9,8
	add 3,31,10
	bgt+ 0,.L80
	lwz 0,36(1)
	addi 4,9,1
	lwz 27,12(1)
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
	b insertion
.L80:
	.cfi_restore_state
	srawi 9,9,1
	lwzx 7,31,10
	add 9,9,28
	slwi 9,9,2
	lwzx 8,31,9
	cmpw 0,8,7
	bge- 0,.L68
	stwx 7,31,9
	stwx 8,31,10
.L68:
	slwi 8,27,2
	lwzx 6,31,10
	lwzx 7,31,8
	cmpw 0,7,6
	bge- 0,.L69
	stwx 6,31,8
	stwx 7,31,10
.L69:
	lwzx 10,31,8
	lwzx 7,31,9
	cmpw 0,10,7
	bge- 0,.L70
	stwx 7,31,8
	stwx 10,31,9
.L70:
	lwzx 8,31,9
	mr 29,27
	mr 30,28
.L75:
	cmpw 0,30,29
	bgt- 0,.L76
	slwi 9,30,2
	add 9,31,9
	b .L77
.L72:
	addi 30,30,1
	mr 9,10
.L77:
	lwz 7,0(9)
	addi 10,9,4
	cmpw 0,8,7
	bgt+ 0,.L72
	slwi 10,29,2
	add 10,31,10
.L73:
	lwz 6,0(10)
	addi 5,10,-4
	cmpw 0,8,6
	blt+ 0,.L74
	cmpw 0,30,29
	bgt+ 0,.L75
	stw 6,0(9)
	addi 30,30,1
	stw 7,0(10)
	addi 29,29,-1
	b .L75
.L74:
	addi 29,29,-1
	mr 10,5
	b .L73
.L76:
	subf 9,28,29
	subf 10,30,27
	cmpw 0,9,10
	bge- 0,.L78
	mr 4,29
	mr 3,28
	bl quick.constprop.0
	mr 29,27
.L79:
	mr 27,29
	mr 28,30
	b .L67
.L78:
	mr 3,30
	mr 4,27
	bl quick.constprop.0
	mr 30,28
	b .L79
	.cfi_endproc
.LFE13:
	.size	quick.constprop.0,.-quick.constprop.0
	.section	.rodata.str1.1
.LC2:
	.string	"insertion"
.LC3:
	.string	"quick"
.LC4:
	.string	"merge"
.LC5:
	.string	"heap"
.LC6:
	.string	"radix"
.LC7:
	.string	"min"
.LC8:
	.string	"median"
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
	lis 6,0x1
	li 7,200
	li 9,0
	li 10,7
	stmw 26,8(1)
	.cfi_register 65, 0
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 26,.LANCHOR0@ha
	stw 0,36(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(26)
	addi 8,31,1596
	ori 6,6,0xdcd
	li 5,50
	mtctr 7
.L85:
	mullw 10,10,6
	addi 10,10,1
	srwi 7,10,3
	addis 7,7,0xf000
	stwu 7,4(8)
	divw 7,9,5
	mulli 7,7,50
	cmpw 0,9,7
	bne- 0,.L84
	rlwinm 7,9,1,0,29
	add 7,31,7
	lwz 7,1600(7)
	stw 7,0(8)
.L84:
	addi 9,9,1
	bdnz .L85
	addi 29,31,1600
	li 5,800
	mr 4,29
	mr 3,31
	bl memcpy
	li 4,200
	mr 3,31
	li 28,99
	bl insertion
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl check.constprop.0
	li 5,800
	mr 30,3
	mr 4,29
	mr 3,31
	bl memcpy
	li 4,199
	li 3,0
	bl quick.constprop.0
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl check.constprop.0
	li 5,800
	add 30,30,3
	mr 4,29
	mr 3,31
	bl memcpy
	li 4,200
	mr 3,31
	bl merge_sort.constprop.0
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl check.constprop.0
	li 5,800
	add 30,30,3
	mr 4,29
	mr 3,31
	bl memcpy
.L86:
	mr 3,28
	li 4,200
	addi 28,28,-1
	bl sift.constprop.0
	cmpwi 0,28,-1
	bne+ 0,.L86
	addi 27,31,800
	li 28,199
.L87:
	lwz 9,0(31)
	mr 4,28
	lwzu 10,-4(27)
	li 3,0
	stw 10,0(31)
	stw 9,0(27)
	bl sift.constprop.0
	addic. 28,28,-1
	bne+ 0,.L87
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl check.constprop.0
	li 5,800
	mr 4,29
	add 30,30,3
	mr 3,31
	bl memcpy
	bl radix.constprop.0
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl check.constprop.0
	lwz 4,.LANCHOR0@l(26)
	add 30,30,3
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_int
	lwz 4,400(31)
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_int
	lwz 4,796(31)
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl show_int
	addi 11,1,32
	mulli 3,30,7
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
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
