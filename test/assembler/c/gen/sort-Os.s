	.file	"sort.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	by_key, @function
by_key:
.LFB0:
	.cfi_startproc
	lwz 3,0(3)
	lwz 9,0(4)
	subf 3,9,3
	blr
	.cfi_endproc
.LFE0:
	.size	by_key,.-by_key
	.align 2
	.type	by_tag_desc, @function
by_tag_desc:
.LFB1:
	.cfi_startproc
	lbz 10,8(4)
	lbz 3,8(3)
	subf 3,3,10
	blr
	.cfi_endproc
.LFE1:
	.size	by_tag_desc,.-by_tag_desc
	.align 2
	.type	sort, @function
sort:
.LFB2:
	.cfi_startproc
	cmpwi 0,4,1
	blelr- 0
	srawi 9,4,1
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mulli 9,9,12
	mflr 0
	add 10,3,9
	lwzx 7,3,9
	lwz 8,4(10)
	lwz 9,8(10)
	stw 0,84(1)
	stw 7,20(1)
	stw 8,24(1)
	stw 9,28(1)
	stmw 23,44(1)
	.cfi_offset 65, 4
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	mr 28,4
	mr 27,5
	addi 29,4,-1
	li 30,0
.L9:
	cmpw 0,30,29
	ble+ 0,.L10
	mr 5,27
	addi 4,29,1
	mr 3,31
	bl sort
	mr 5,27
	mulli 3,30,12
	subf 4,30,28
	add 3,31,3
	bl sort
	addi 11,1,80
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
.L6:
	.cfi_restore_state
	addi 30,30,1
.L10:
	mulli 23,30,12
	addi 4,1,20
	mtctr 27
	add 25,23,31
	mr 3,25
	bctrl
	cmpwi 0,3,0
	blt+ 0,.L6
.L7:
	mulli 24,29,12
	addi 4,1,20
	mtctr 27
	add 26,31,24
	mr 3,26
	bctrl
	cmpwi 0,3,0
	bgt+ 0,.L8
	cmpw 0,30,29
	bgt+ 0,.L9
	lwzx 8,31,23
	addi 30,30,1
	lwzx 5,31,24
	addi 29,29,-1
	lwz 10,4(25)
	lwz 9,8(25)
	lwz 6,4(26)
	lwz 7,8(26)
	stwx 5,31,23
	stw 6,4(25)
	stw 7,8(25)
	stwx 8,31,24
	stw 10,4(26)
	stw 9,8(26)
	b .L9
.L8:
	addi 29,29,-1
	b .L7
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
	stmw 29,20(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	mr 30,3
	li 29,0
.L19:
	cmpwi 0,30,1
	ble- 0,.L18
	addi 3,30,-1
	addi 30,30,-2
	bl fib
	add 29,29,3
	b .L19
.L18:
	srwi 9,31,1
	addi 11,1,32
	mulli 9,9,-2
	add 3,31,9
	add 3,3,29
	b _restgpr_29_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_endproc
.LFE3:
	.size	fib,.-fib
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	lis 9,by_key@ha
	la 9,by_key@l(9)
	mflr 0
	stw 9,8(1)
	lis 9,by_tag_desc@ha
	la 9,by_tag_desc@l(9)
	stw 0,52(1)
	stw 9,12(1)
	stmw 27,28(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	li 29,0
	addi 27,1,8
	la 31,.LANCHOR0@l(31)
.L24:
	slwi 9,29,2
	li 4,8
	lwzx 5,27,9
	mr 3,31
	mr 30,31
	li 28,8
	bl sort
.L23:
	lwz 4,0(30)
	srawi 3,4,31
	bl put_int
	li 3,58
	bl put_char
	lwz 3,4(30)
	bl put_str
	cmpwi 0,28,1
	beq- 0,.L22
	li 3,44
	addi 28,28,-1
	bl put_char
	addi 30,30,12
	b .L23
.L27:
	li 29,1
	b .L24
.L22:
	li 3,10
	bl put_char
	cmpwi 0,29,0
	beq+ 0,.L27
	lis 31,.LANCHOR1@ha
	li 30,0
	li 29,20
	la 31,.LANCHOR1@l(31)
.L25:
	divw 3,30,29
	mulli 3,3,20
	subf 3,3,30
	bl fib
	slwi 9,30,2
	addi 30,30,1
	stwx 3,31,9
	cmpwi 0,30,64
	bne+ 0,.L25
	li 9,64
	addi 31,31,-4
	li 30,0
	mtctr 9
.L26:
	lwzu 9,4(31)
	add 30,30,9
	bdnz .L26
	srawi 3,30,31
	mr 4,30
	bl put_int
	li 3,10
	bl put_char
	li 3,200
	divw 3,30,3
	addi 11,1,48
	mulli 3,3,200
	subf 3,3,30
	b _restgpr_27_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
	.cfi_endproc
.LFE4:
	.size	main,.-main
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"answer"
.LC2:
	.string	"seven"
.LC3:
	.string	"minus three"
.LC4:
	.string	"thousand"
.LC5:
	.string	"zero"
.LC6:
	.string	"thirteen"
.LC7:
	.string	"also seven"
.LC8:
	.string	"minus hundred"
	.section	".data"
	.align 2
	.set	.LANCHOR0,. + 0
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
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	scratch, @object
	.size	scratch, 256
scratch:
	.zero	256
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
