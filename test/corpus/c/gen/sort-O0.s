	.file	"sort.c"
	.machine "440"
	.section	".text"
	.lcomm	data,800,4
	.type	data, @object
	.lcomm	work,800,4
	.type	work, @object
	.lcomm	scratch,800,4
	.type	scratch, @object
	.align 2
	.type	insertion, @function
insertion:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,1
	stw 9,8(31)
	b .L2
.L6:
	lwz 9,8(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 9,0(9)
	stw 9,16(31)
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,12(31)
	b .L3
.L5:
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 10,10,9
	lwz 9,12(31)
	addi 9,9,1
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 10,0(10)
	stw 10,0(9)
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
.L3:
	lwz 9,12(31)
	cmpwi 0,9,0
	blt 0,.L4
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 9,0(9)
	lwz 10,16(31)
	cmpw 0,10,9
	blt 0,.L5
.L4:
	lwz 9,12(31)
	addi 9,9,1
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 10,16(31)
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L2:
	lwz 10,8(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L6
	nop
	nop
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	insertion,.-insertion
	.align 2
	.type	swap, @function
swap:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	lwz 9,0(9)
	stw 9,8(31)
	lwz 9,28(31)
	lwz 10,0(9)
	lwz 9,24(31)
	stw 10,0(9)
	lwz 9,28(31)
	lwz 10,8(31)
	stw 10,0(9)
	nop
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	swap,.-swap
	.align 2
	.type	quick, @function
quick:
.LFB2:
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
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	b .L9
.L20:
	lwz 10,32(31)
	lwz 9,28(31)
	subf 9,9,10
	srawi 9,9,1
	addze 9,9
	lwz 10,28(31)
	add 9,10,9
	stw 9,16(31)
	lwz 9,16(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,28(31)
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bge 0,.L10
	lwz 9,16(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 8,10,9
	lwz 9,28(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	mr 4,9
	mr 3,8
	bl swap
.L10:
	lwz 9,32(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,28(31)
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bge 0,.L11
	lwz 9,32(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 8,10,9
	lwz 9,28(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	mr 4,9
	mr 3,8
	bl swap
.L11:
	lwz 9,32(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,16(31)
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bge 0,.L12
	lwz 9,32(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 8,10,9
	lwz 9,16(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	mr 4,9
	mr 3,8
	bl swap
.L12:
	lwz 9,16(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 9,0(9)
	stw 9,20(31)
	lwz 9,28(31)
	stw 9,8(31)
	lwz 9,32(31)
	stw 9,12(31)
	b .L13
.L15:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L14:
	lwz 9,8(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 9,0(9)
	lwz 10,20(31)
	cmpw 0,10,9
	bgt 0,.L15
	b .L16
.L17:
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
.L16:
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 9,0(9)
	lwz 10,20(31)
	cmpw 0,10,9
	blt 0,.L17
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	bgt 0,.L13
	lwz 9,8(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 8,10,9
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	mr 4,9
	mr 3,8
	bl swap
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
.L13:
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	ble 0,.L14
	lwz 10,12(31)
	lwz 9,28(31)
	subf 10,9,10
	lwz 8,32(31)
	lwz 9,8(31)
	subf 9,9,8
	cmpw 0,10,9
	bge 0,.L19
	lwz 5,12(31)
	lwz 4,28(31)
	lwz 3,24(31)
	bl quick
	lwz 9,8(31)
	stw 9,28(31)
	b .L9
.L19:
	lwz 5,32(31)
	lwz 4,8(31)
	lwz 3,24(31)
	bl quick
	lwz 9,12(31)
	stw 9,32(31)
.L9:
	lwz 10,32(31)
	lwz 9,28(31)
	subf 9,9,10
	cmpwi 0,9,8
	bgt 0,.L20
	lwz 9,28(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 8,10,9
	lwz 10,32(31)
	lwz 9,28(31)
	subf 9,9,10
	addi 9,9,1
	mr 4,9
	mr 3,8
	bl insertion
	nop
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
.LFE2:
	.size	quick,.-quick
	.align 2
	.type	merge_sort, @function
merge_sort:
.LFB3:
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
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,28(31)
	cmpwi 0,9,1
	ble 0,.L35
	lwz 9,28(31)
	srawi 9,9,1
	addze 9,9
	stw 9,20(31)
	lwz 5,32(31)
	lwz 4,20(31)
	lwz 3,24(31)
	bl merge_sort
	lwz 9,20(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 8,10,9
	lwz 10,28(31)
	lwz 9,20(31)
	subf 9,9,10
	lwz 5,32(31)
	mr 4,9
	mr 3,8
	bl merge_sort
	li 9,0
	stw 9,8(31)
	lwz 9,20(31)
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L24
.L28:
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bge 0,.L25
	lwz 9,12(31)
	addi 10,9,1
	stw 10,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 9,0(9)
	b .L26
.L25:
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 9,0(9)
.L26:
	lwz 10,16(31)
	addi 8,10,1
	stw 8,16(31)
	slwi 10,10,2
	lwz 8,32(31)
	add 10,8,10
	stw 9,0(10)
.L24:
	lwz 10,8(31)
	lwz 9,20(31)
	cmpw 0,10,9
	bge 0,.L29
	lwz 10,12(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L28
	b .L29
.L30:
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 10,10,9
	lwz 9,16(31)
	addi 8,9,1
	stw 8,16(31)
	slwi 9,9,2
	lwz 8,32(31)
	add 9,8,9
	lwz 10,0(10)
	stw 10,0(9)
.L29:
	lwz 10,8(31)
	lwz 9,20(31)
	cmpw 0,10,9
	blt 0,.L30
	b .L31
.L32:
	lwz 9,12(31)
	addi 10,9,1
	stw 10,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 10,10,9
	lwz 9,16(31)
	addi 8,9,1
	stw 8,16(31)
	slwi 9,9,2
	lwz 8,32(31)
	add 9,8,9
	lwz 10,0(10)
	stw 10,0(9)
.L31:
	lwz 10,12(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L32
	li 9,0
	stw 9,16(31)
	b .L33
.L34:
	lwz 9,16(31)
	slwi 9,9,2
	lwz 10,32(31)
	add 10,10,9
	lwz 9,16(31)
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 10,0(10)
	stw 10,0(9)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L33:
	lwz 10,16(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L34
	b .L21
.L35:
	nop
.L21:
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
.LFE3:
	.size	merge_sort,.-merge_sort
	.align 2
	.type	sift, @function
sift:
.LFB4:
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
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
.L41:
	lwz 9,28(31)
	slwi 9,9,1
	addi 9,9,1
	stw 9,8(31)
	lwz 10,8(31)
	lwz 9,32(31)
	cmpw 0,10,9
	bge 0,.L42
	lwz 9,8(31)
	addi 9,9,1
	lwz 10,32(31)
	cmpw 0,10,9
	ble 0,.L39
	lwz 9,8(31)
	addi 9,9,1
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	ble 0,.L39
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L39:
	lwz 9,28(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	slwi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bge 0,.L43
	lwz 9,28(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 8,10,9
	lwz 9,8(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	mr 4,9
	mr 3,8
	bl swap
	lwz 9,8(31)
	stw 9,28(31)
	b .L41
.L42:
	nop
	b .L36
.L43:
	nop
.L36:
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
.LFE4:
	.size	sift,.-sift
	.align 2
	.type	heap_sort, @function
heap_sort:
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
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,28(31)
	srawi 9,9,1
	addze 9,9
	addi 9,9,-1
	stw 9,8(31)
	b .L45
.L46:
	lwz 5,28(31)
	lwz 4,8(31)
	lwz 3,24(31)
	bl sift
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
.L45:
	lwz 9,8(31)
	cmpwi 0,9,0
	bge 0,.L46
	lwz 9,28(31)
	addi 9,9,-1
	stw 9,12(31)
	b .L47
.L48:
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	mr 4,9
	lwz 3,24(31)
	bl swap
	lwz 5,12(31)
	li 4,0
	lwz 3,24(31)
	bl sift
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
.L47:
	lwz 9,12(31)
	cmpwi 0,9,0
	bgt 0,.L48
	nop
	nop
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
	.size	heap_sort,.-heap_sort
	.align 2
	.type	radix, @function
radix:
.LFB6:
	.cfi_startproc
	stwu 1,-1088(1)
	.cfi_def_cfa_offset 1088
	mflr 0
	stw 0,1092(1)
	stw 31,1084(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,1064(31)
	stw 4,1068(31)
	stw 5,1072(31)
	li 9,0
	stw 9,8(31)
	b .L50
.L59:
	addi 9,31,28
	li 10,1028
	mr 5,10
	li 4,0
	mr 3,9
	bl memset
	li 9,0
	stw 9,12(31)
	b .L51
.L52:
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,1064(31)
	add 9,10,9
	lwz 9,0(9)
	xoris 10,9,0x8000
	lwz 9,8(31)
	srw 9,10,9
	rlwinm 9,9,0,24,31
	addi 9,9,1
	slwi 10,9,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,20
	lwz 10,0(10)
	addi 10,10,1
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,20
	stw 10,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L51:
	lwz 10,12(31)
	lwz 9,1068(31)
	cmpw 0,10,9
	blt 0,.L52
	li 9,0
	stw 9,16(31)
	b .L53
.L54:
	lwz 9,16(31)
	addi 9,9,1
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,20
	lwz 8,0(9)
	lwz 9,16(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,20
	lwz 10,0(9)
	lwz 9,16(31)
	addi 9,9,1
	add 10,8,10
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,20
	stw 10,0(9)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L53:
	lwz 9,16(31)
	cmpwi 0,9,255
	ble 0,.L54
	li 9,0
	stw 9,20(31)
	b .L55
.L56:
	lwz 9,20(31)
	slwi 9,9,2
	lwz 10,1064(31)
	add 8,10,9
	lwz 9,20(31)
	slwi 9,9,2
	lwz 10,1064(31)
	add 9,10,9
	lwz 9,0(9)
	xoris 10,9,0x8000
	lwz 9,8(31)
	srw 9,10,9
	rlwinm 9,9,0,24,31
	slwi 10,9,2
	addi 7,31,8
	add 10,7,10
	addi 10,10,20
	lwz 10,0(10)
	addi 7,10,1
	slwi 9,9,2
	addi 6,31,8
	add 9,6,9
	addi 9,9,20
	stw 7,0(9)
	mr 9,10
	slwi 9,9,2
	lwz 10,1072(31)
	add 9,10,9
	lwz 10,0(8)
	stw 10,0(9)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L55:
	lwz 10,20(31)
	lwz 9,1068(31)
	cmpw 0,10,9
	blt 0,.L56
	li 9,0
	stw 9,24(31)
	b .L57
.L58:
	lwz 9,24(31)
	slwi 9,9,2
	lwz 10,1072(31)
	add 10,10,9
	lwz 9,24(31)
	slwi 9,9,2
	lwz 8,1064(31)
	add 9,8,9
	lwz 10,0(10)
	stw 10,0(9)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L57:
	lwz 10,24(31)
	lwz 9,1068(31)
	cmpw 0,10,9
	blt 0,.L58
	lwz 9,8(31)
	addi 9,9,8
	stw 9,8(31)
.L50:
	lwz 9,8(31)
	cmpwi 0,9,31
	ble 0,.L59
	nop
	nop
	addi 11,31,1088
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	radix,.-radix
	.section	.rodata
	.align 2
.LC0:
	.string	" sorted "
	.align 2
.LC1:
	.string	" NOT sorted "
	.section	".text"
	.align 2
	.type	check, @function
check:
.LFB7:
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
	stw 3,24(31)
	stw 4,28(31)
	li 9,0
	stw 9,8(31)
	li 9,1
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L61
.L63:
	lwz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L62
	lwz 9,16(31)
	addis 9,9,0x4000
	addi 9,9,-1
	slwi 9,9,2
	lwz 10,28(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,16(31)
	slwi 9,9,2
	lwz 8,28(31)
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	ble 0,.L62
	li 9,0
	stw 9,12(31)
.L62:
	lwz 10,8(31)
	lis 9,0xf
	ori 9,9,0x4243
	mullw 10,10,9
	lwz 9,16(31)
	slwi 9,9,2
	lwz 8,28(31)
	add 9,8,9
	lwz 9,0(9)
	mr 8,9
	lwz 9,16(31)
	addi 9,9,1
	mullw 9,8,9
	add 9,10,9
	stw 9,8(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L61:
	lwz 9,16(31)
	cmpwi 0,9,199
	ble 0,.L63
	lwz 3,24(31)
	bl print_str
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L64
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	b .L65
.L64:
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
.L65:
	mr 3,9
	bl print_str
	lwz 3,8(31)
	bl print_hex
	bl print_nl
	lwz 9,12(31)
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
.LFE7:
	.size	check,.-check
	.section	.rodata
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
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,7
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L68
.L70:
	lwz 10,8(31)
	lis 9,0x1
	ori 9,9,0xdcd
	mullw 9,10,9
	addi 9,9,1
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,3
	addis 10,9,0xf000
	lis 9,data@ha
	la 8,data@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 10,12(31)
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhw 9,10,9
	srawi 8,9,4
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,50
	subf 9,9,10
	cmpwi 0,9,0
	bne 0,.L69
	lwz 9,12(31)
	srawi 9,9,1
	addze 9,9
	lis 10,data@ha
	la 10,data@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,data@ha
	la 8,data@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
.L69:
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L68:
	lwz 9,12(31)
	cmpwi 0,9,199
	ble 0,.L70
	li 9,0
	stw 9,16(31)
	li 5,800
	lis 9,data@ha
	la 4,data@l(9)
	lis 9,work@ha
	la 3,work@l(9)
	bl memcpy
	li 4,200
	lis 9,work@ha
	la 3,work@l(9)
	bl insertion
	lis 9,work@ha
	la 4,work@l(9)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl check
	mr 10,3
	lwz 9,16(31)
	add 9,9,10
	stw 9,16(31)
	li 5,800
	lis 9,data@ha
	la 4,data@l(9)
	lis 9,work@ha
	la 3,work@l(9)
	bl memcpy
	li 5,199
	li 4,0
	lis 9,work@ha
	la 3,work@l(9)
	bl quick
	lis 9,work@ha
	la 4,work@l(9)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl check
	mr 10,3
	lwz 9,16(31)
	add 9,9,10
	stw 9,16(31)
	li 5,800
	lis 9,data@ha
	la 4,data@l(9)
	lis 9,work@ha
	la 3,work@l(9)
	bl memcpy
	lis 9,scratch@ha
	la 5,scratch@l(9)
	li 4,200
	lis 9,work@ha
	la 3,work@l(9)
	bl merge_sort
	lis 9,work@ha
	la 4,work@l(9)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl check
	mr 10,3
	lwz 9,16(31)
	add 9,9,10
	stw 9,16(31)
	li 5,800
	lis 9,data@ha
	la 4,data@l(9)
	lis 9,work@ha
	la 3,work@l(9)
	bl memcpy
	li 4,200
	lis 9,work@ha
	la 3,work@l(9)
	bl heap_sort
	lis 9,work@ha
	la 4,work@l(9)
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl check
	mr 10,3
	lwz 9,16(31)
	add 9,9,10
	stw 9,16(31)
	li 5,800
	lis 9,data@ha
	la 4,data@l(9)
	lis 9,work@ha
	la 3,work@l(9)
	bl memcpy
	lis 9,scratch@ha
	la 5,scratch@l(9)
	li 4,200
	lis 9,work@ha
	la 3,work@l(9)
	bl radix
	lis 9,work@ha
	la 4,work@l(9)
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl check
	mr 10,3
	lwz 9,16(31)
	add 9,9,10
	stw 9,16(31)
	lis 9,work@ha
	la 9,work@l(9)
	lwz 9,0(9)
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	lis 9,work@ha
	la 9,work@l(9)
	lwz 9,400(9)
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	lis 9,work@ha
	la 9,work@l(9)
	lwz 9,796(9)
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	lwz 9,16(31)
	mulli 9,9,7
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
