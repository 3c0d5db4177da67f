	.file	"sort.c"
	.machine "440"
	.section	".text"
	.section	.rodata
	.align 2
.LC1:
	.string	"answer"
	.align 2
.LC2:
	.string	"seven"
	.align 2
.LC3:
	.string	"minus three"
	.align 2
.LC4:
	.string	"thousand"
	.align 2
.LC5:
	.string	"zero"
	.align 2
.LC6:
	.string	"thirteen"
	.align 2
.LC7:
	.string	"also seven"
	.align 2
.LC8:
	.string	"minus hundred"
	.section	".data"
	.align 2
	.type	items, @object
	.size	items, 96
items:
	.long	42
	.long	.LC1
	.byte	1
	.zero	3
	.long	7
	.long	.LC2
	.byte	2
	.zero	3
	.long	-3
	.long	.LC3
	.byte	3
	.zero	3
	.long	1000
	.long	.LC4
	.byte	4
	.zero	3
	.long	0
	.long	.LC5
	.byte	5
	.zero	3
	.long	13
	.long	.LC6
	.byte	6
	.zero	3
	.long	7
	.long	.LC7
	.byte	7
	.zero	3
	.long	-100
	.long	.LC8
	.byte	8
	.zero	3
	.lcomm	scratch,256,4
	.type	scratch, @object
	.section	".text"
	.align 2
	.type	by_key, @function
by_key:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	lwz 10,0(9)
	lwz 9,12(31)
	lwz 9,0(9)
	subf 9,9,10
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	by_key,.-by_key
	.align 2
	.type	by_tag_desc, @function
by_tag_desc:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,12(31)
	lbz 9,8(9)
	rlwinm 10,9,0,0xff
	lwz 9,8(31)
	lbz 9,8(9)
	rlwinm 9,9,0,0xff
	subf 9,9,10
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	by_tag_desc,.-by_tag_desc
	.align 2
	.type	sort, @function
sort:
.LFB2:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	stw 5,48(31)
	lwz 9,44(31)
	cmpwi 0,9,1
	ble 0,.L14
	lwz 9,44(31)
	srawi 9,9,1
	addze 9,9
	mulli 9,9,12
	lwz 10,40(31)
	add 9,10,9
	lwz 8,0(9)
	lwz 10,4(9)
	lwz 9,8(9)
	stw 8,16(31)
	stw 10,20(31)
	stw 9,24(31)
	li 9,0
	stw 9,8(31)
	lwz 9,44(31)
	addi 9,9,-1
	stw 9,12(31)
	b .L8
.L10:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L9:
	lwz 9,8(31)
	mulli 9,9,12
	lwz 10,40(31)
	add 10,10,9
	addi 8,31,16
	lwz 9,48(31)
	mr 4,8
	mr 3,10
	mtctr 9
	bctrl
	mr 9,3
	cmpwi 0,9,0
	blt 0,.L10
	b .L11
.L12:
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
.L11:
	lwz 9,12(31)
	mulli 9,9,12
	lwz 10,40(31)
	add 10,10,9
	addi 8,31,16
	lwz 9,48(31)
	mr 4,8
	mr 3,10
	mtctr 9
	bctrl
	mr 9,3
	cmpwi 0,9,0
	bgt 0,.L12
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	bgt 0,.L8
	lwz 9,8(31)
	mulli 9,9,12
	lwz 10,40(31)
	add 9,10,9
	lwz 8,0(9)
	lwz 10,4(9)
	lwz 9,8(9)
	stw 8,28(31)
	stw 10,32(31)
	stw 9,36(31)
	lwz 9,12(31)
	mulli 9,9,12
	lwz 10,40(31)
	add 10,10,9
	lwz 9,8(31)
	mulli 9,9,12
	lwz 8,40(31)
	add 9,8,9
	lwz 7,0(10)
	lwz 8,4(10)
	lwz 10,8(10)
	stw 7,0(9)
	stw 8,4(9)
	stw 10,8(9)
	lwz 9,12(31)
	mulli 9,9,12
	lwz 10,40(31)
	add 9,10,9
	lwz 7,28(31)
	lwz 8,32(31)
	lwz 10,36(31)
	stw 7,0(9)
	stw 8,4(9)
	stw 10,8(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,-1
	stw 9,12(31)
.L8:
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	ble 0,.L9
	lwz 9,12(31)
	addi 9,9,1
	lwz 5,48(31)
	mr 4,9
	lwz 3,40(31)
	bl sort
	lwz 9,8(31)
	mulli 9,9,12
	lwz 10,40(31)
	add 8,10,9
	lwz 10,44(31)
	lwz 9,8(31)
	subf 9,9,10
	lwz 5,48(31)
	mr 4,9
	mr 3,8
	bl sort
	b .L5
.L14:
	nop
.L5:
	addi 11,31,64
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
	.size	sort,.-sort
	.align 2
	.type	fib, @function
fib:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,1
	ble 0,.L16
	lwz 9,8(31)
	addi 9,9,-1
	mr 3,9
	bl fib
	mr 30,3
	lwz 9,8(31)
	addi 9,9,-2
	mr 3,9
	bl fib
	mr 9,3
	add 9,30,9
	b .L18
.L16:
	lwz 9,8(31)
.L18:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	fib,.-fib
	.section	.rodata
	.align 2
.LC0:
	.long	by_key
	.long	by_tag_desc
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 26,40(1)
	stw 27,44(1)
	stw 28,48(1)
	stw 29,52(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,8
	stw 9,28(31)
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,32(31)
	stw 11,36(31)
	li 9,0
	stw 9,8(31)
	b .L20
.L25:
	lwz 9,8(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,24
	lwz 9,0(9)
	mr 5,9
	lwz 4,28(31)
	lis 9,items@ha
	la 3,items@l(9)
	bl sort
	li 9,0
	stw 9,12(31)
	b .L21
.L24:
	lis 9,items@ha
	la 10,items@l(9)
	lwz 9,12(31)
	mulli 9,9,12
	add 9,10,9
	lwz 9,0(9)
	mr 27,9
	srawi 9,9,31
	mr 26,9
	mr 3,26
	mr 4,27
	bl put_int
	li 3,58
	bl put_char
	lis 9,items@ha
	la 10,items@l(9)
	lwz 9,12(31)
	mulli 9,9,12
	add 9,10,9
	addi 9,9,4
	lwz 9,0(9)
	mr 3,9
	bl put_str
	lwz 9,12(31)
	addi 9,9,1
	lwz 10,28(31)
	cmpw 0,10,9
	ble 0,.L22
	li 9,44
	b .L23
.L22:
	li 9,10
.L23:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl put_char
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L21:
	lwz 10,12(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L24
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L20:
	lwz 9,8(31)
	cmpwi 0,9,1
	ble 0,.L25
	li 9,0
	stw 9,16(31)
	b .L26
.L27:
	lwz 9,16(31)
	lis 10,0x6666
	ori 10,10,0x6667
	mulhw 10,9,10
	srawi 8,10,3
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,20
	subf 10,10,9
	mr 3,10
	bl fib
	mr 8,3
	lis 9,scratch@ha
	la 10,scratch@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	stw 8,0(9)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L26:
	lwz 9,16(31)
	cmpwi 0,9,63
	ble 0,.L27
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L28
.L29:
	lis 9,scratch@ha
	la 10,scratch@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,20(31)
	add 9,10,9
	stw 9,20(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L28:
	lwz 9,24(31)
	cmpwi 0,9,63
	ble 0,.L29
	lwz 9,20(31)
	mr 29,9
	srawi 9,9,31
	mr 28,9
	mr 3,28
	mr 4,29
	bl put_int
	li 3,10
	bl put_char
	lwz 9,20(31)
	lis 10,0x51eb
	ori 10,10,0x851f
	mulhw 10,9,10
	srawi 8,10,6
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,200
	subf 10,10,9
	mr 9,10
	mr 3,9
	addi 11,31,64
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
.LFE4:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
