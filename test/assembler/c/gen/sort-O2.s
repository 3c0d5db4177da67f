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
	lbz 9,8(3)
	lbz 3,8(4)
	subf 3,9,3
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
	stw 26,56(1)
	stw 30,72(1)
	stw 31,76(1)
	stw 7,20(1)
	stw 8,24(1)
	stw 9,28(1)
	stw 24,48(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 24, -32
	mr 24,4
	stw 25,52(1)
	.cfi_offset 25, -28
	mr 25,3
	stw 27,60(1)
	.cfi_offset 27, -20
	addi 27,4,-1
	stw 28,64(1)
	.cfi_offset 28, -16
	mr 28,5
	stw 29,68(1)
	.cfi_offset 29, -12
	li 29,0
.L6:
	cmpw 0,29,27
	bgt- 0,.L11
	mulli 9,29,12
	add 9,25,9
	b .L12
.L7:
	addi 29,29,1
.L12:
	mr 3,9
	addi 4,1,20
	mtctr 28
	mr 30,9
	bctrl
	addi 9,30,12
	cmpwi 0,3,0
	blt+ 0,.L7
	mulli 31,27,12
	add 31,25,31
	b .L8
.L9:
	addi 27,27,-1
.L8:
	mr 3,31
	addi 4,1,20
	mtctr 28
	mr 26,31
	addi 31,31,-12
	bctrl
	cmpwi 0,3,0
	bgt+ 0,.L9
	cmpw 0,29,27
	ble- 0,.L18
.L11:
	addi 4,27,1
	mr 5,28
	mr 3,25
	bl sort
	subf 4,29,24
	mulli 3,29,12
	mr 5,28
	add 3,25,3
	bl sort
	lwz 0,84(1)
	lwz 24,48(1)
	lwz 25,52(1)
	lwz 26,56(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 27,60(1)
	lwz 28,64(1)
	lwz 29,68(1)
	lwz 30,72(1)
	lwz 31,76(1)
	addi 1,1,80
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_def_cfa_offset 0
	blr
.L18:
	.cfi_restore_state
	lwz 8,0(30)
	addi 29,29,1
	lwz 10,4(30)
	addi 27,27,-1
	lwz 9,8(30)
	lwz 5,0(26)
	lwz 6,4(26)
	lwz 7,8(26)
	stw 8,8(1)
	stw 5,0(30)
	stw 6,4(30)
	stw 7,8(30)
	stw 10,12(1)
	stw 9,16(1)
	stw 8,0(26)
	stw 10,4(26)
	stw 9,8(26)
	b .L6
	.cfi_endproc
.LFE2:
	.size	sort,.-sort
	.align 2
	.type	fib, @function
fib:
.LFB3:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	cmpwi 0,3,1
	stw 23,108(1)
	.cfi_offset 23, -36
	mr 23,3
	ble- 0,.L20
	addi 9,3,-1
	stw 21,100(1)
	.cfi_offset 21, -44
	rlwinm 21,9,0,0,30
	stw 16,80(1)
	.cfi_offset 16, -64
	subf 21,21,3
	mr 16,3
	cmpw 0,16,21
	stw 24,112(1)
	.cfi_offset 24, -32
	stw 26,120(1)
	.cfi_offset 26, -24
	li 24,0
	mr 26,9
	beq- 0,.L21
.L66:
	addi 16,16,-2
	stw 19,92(1)
	.cfi_offset 19, -52
	rlwinm 19,16,0,0,30
	mflr 0
	.cfi_register 65, 0
	subf 19,19,9
	stw 20,96(1)
	.cfi_offset 20, -48
	cmpw 0,26,19
	stw 31,140(1)
	.cfi_offset 31, -4
	stw 0,148(1)
	.cfi_offset 65, 4
	li 20,0
	stw 14,72(1)
	.cfi_offset 14, -72
	addi 31,26,-1
	stw 15,76(1)
	.cfi_offset 15, -68
	stw 17,84(1)
	.cfi_offset 17, -60
	stw 18,88(1)
	.cfi_offset 18, -56
	stw 22,104(1)
	.cfi_offset 22, -40
	stw 25,116(1)
	.cfi_offset 25, -28
	stw 27,124(1)
	.cfi_offset 27, -20
	stw 28,128(1)
	.cfi_offset 28, -16
	stw 29,132(1)
	.cfi_offset 29, -12
	stw 30,136(1)
	.cfi_offset 30, -8
	beq- 0,.L22
.L65:
	addi 26,26,-2
	li 18,0
	rlwinm 23,26,0,0,30
	subf 23,23,31
.L42:
	cmpw 0,31,23
	addi 28,31,-1
	addi 31,31,-2
	beq- 0,.L23
	rlwinm 22,31,0,0,30
	li 27,0
	subf 22,22,28
	mr 25,28
.L40:
	cmpw 0,25,22
	addi 15,25,-1
	beq- 0,.L24
	li 29,0
	addi 25,25,-2
	stw 29,8(1)
	rlwinm 17,25,0,0,30
	stw 31,56(1)
	subf 17,17,15
	mr 14,15
	mr 28,20
	mr 15,24
.L38:
	cmpw 0,17,14
	addi 9,14,-1
	beq- 0,.L25
	addi 14,14,-2
	li 24,0
	rlwinm 31,14,0,0,30
	mr 20,9
	subf 10,31,9
	stw 10,24(1)
.L36:
	lwz 9,24(1)
	addi 10,20,-1
	cmpw 0,9,20
	beq- 0,.L26
	addi 31,20,-2
	addi 7,20,-3
	rlwinm 8,31,0,0,30
	stw 31,12(1)
	subf 9,8,10
	addi 20,20,-5
	stw 9,48(1)
	li 8,0
	mr 30,7
.L34:
	lwz 9,48(1)
	addi 6,10,-1
	cmpw 0,10,9
	beq- 0,.L27
	rlwinm 9,30,0,0,30
	stw 17,28(1)
	subf 9,9,6
	stw 28,32(1)
	stw 9,16(1)
	li 31,0
	stw 10,36(1)
	stw 8,40(1)
	stw 30,44(1)
	mr 30,20
.L32:
	lwz 9,16(1)
	cmpw 0,6,9
	beq- 0,.L28
	srwi 17,30,1
	addi 29,6,-2
	addi 28,17,1
	li 8,0
	andi. 9,28,0x1
	stw 8,20(1)
	mr 10,29
	li 9,0
	bne- 0,.L59
.L29:
	stw 9,60(1)
	mr 3,10
	addi 9,10,-2
	addi 28,28,-1
	stw 9,52(1)
	bl fib
	lwz 9,60(1)
	mr 10,3
	lwz 3,52(1)
	add 9,9,10
	stw 9,60(1)
	bl fib
	lwz 9,52(1)
	addic. 28,28,-1
	addi 10,9,-2
	lwz 9,20(1)
	add 9,9,3
	stw 9,20(1)
	lwz 9,60(1)
	bne+ 0,.L29
	lwz 10,20(1)
	mulli 17,17,-2
	cmpwi 0,29,1
	mr 6,29
	add 10,9,10
	add 9,17,30
	add 9,9,10
	addi 30,30,-2
	add 31,31,9
	bgt+ 0,.L32
.L67:
	lwz 17,28(1)
	lwz 28,32(1)
	lwz 10,36(1)
	lwz 8,40(1)
	lwz 30,44(1)
.L31:
	addi 10,10,-2
	add 31,6,31
	cmpwi 0,10,1
	add 8,8,31
	addi 30,30,-2
	addi 20,20,-2
	bgt+ 0,.L34
	lwz 31,12(1)
.L33:
	cmpwi 0,31,1
	add 8,10,8
	mr 20,31
	add 24,24,8
	bgt+ 0,.L36
	mr 9,31
.L35:
	lwz 10,8(1)
	add 9,9,24
	cmpwi 0,14,1
	add 9,10,9
	stw 9,8(1)
	bgt+ 0,.L38
	lwz 31,56(1)
	mr 24,15
	mr 20,28
	mr 15,14
	mr 29,9
.L37:
	cmpwi 0,25,1
	add 15,15,29
	add 27,27,15
	bgt+ 0,.L40
	mr 28,25
.L39:
	cmpwi 0,31,1
	add 27,27,28
	add 18,18,27
	bgt+ 0,.L42
	cmpwi 0,26,1
	add 18,18,31
	add 20,20,18
	ble- 0,.L43
.L64:
	cmpw 0,26,19
	addi 31,26,-1
	bne+ 0,.L65
.L22:
	addi 26,26,-2
	add 20,20,31
.L43:
	cmpwi 0,16,1
	add 26,26,20
	add 24,24,26
	ble- 0,.L60
	lwz 0,148(1)
	cmpw 0,16,21
	addi 9,16,-1
	lwz 14,72(1)
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
	mr 26,9
	lwz 17,84(1)
	.cfi_restore 17
	mtlr 0
	.cfi_restore 65
	lwz 18,88(1)
	.cfi_restore 18
	lwz 19,92(1)
	.cfi_restore 19
	lwz 20,96(1)
	.cfi_restore 20
	lwz 22,104(1)
	.cfi_restore 22
	lwz 25,116(1)
	.cfi_restore 25
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	bne+ 0,.L66
.L21:
	addi 23,16,-2
	add 9,9,24
	lwz 16,80(1)
	.cfi_restore 16
	add 23,23,9
	lwz 21,100(1)
	.cfi_restore 21
	lwz 24,112(1)
	.cfi_restore 24
	lwz 26,120(1)
	.cfi_restore 26
.L20:
	mr 3,23
	lwz 23,108(1)
	addi 1,1,144
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
.L26:
	.cfi_def_cfa_offset 144
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
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
	.cfi_offset 65, 4
	addi 9,20,-2
	add 24,24,10
	b .L35
.L59:
	mr 3,29
	mr 28,17
	bl fib
	addi 10,29,-2
	cmpwi 0,17,0
	mr 9,3
	bne+ 0,.L29
	lwz 10,20(1)
	mulli 17,17,-2
	cmpwi 0,29,1
	mr 6,29
	add 10,9,10
	add 9,17,30
	add 9,9,10
	addi 30,30,-2
	add 31,31,9
	bgt+ 0,.L32
	b .L67
.L27:
	lwz 31,12(1)
	addi 10,10,-2
	add 8,8,6
	b .L33
.L28:
	addi 9,6,-1
	lwz 17,28(1)
	lwz 28,32(1)
	addi 6,6,-2
	lwz 10,36(1)
	add 31,31,9
	lwz 8,40(1)
	lwz 30,44(1)
	b .L31
.L25:
	lwz 29,8(1)
	mr 24,15
	lwz 31,56(1)
	mr 20,28
	addi 15,14,-2
	add 29,29,9
	b .L37
.L24:
	addi 28,25,-2
	add 27,27,15
	b .L39
.L23:
	add 18,18,28
	cmpwi 0,26,1
	add 18,18,31
	add 20,20,18
	bgt+ 0,.L64
	b .L43
.L60:
	lwz 0,148(1)
	add 23,16,24
	mr 3,23
	lwz 14,72(1)
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
	lwz 16,80(1)
	.cfi_restore 16
	mtlr 0
	.cfi_restore 65
	lwz 17,84(1)
	.cfi_restore 17
	lwz 18,88(1)
	.cfi_restore 18
	lwz 19,92(1)
	.cfi_restore 19
	lwz 20,96(1)
	.cfi_restore 20
	lwz 21,100(1)
	.cfi_restore 21
	lwz 22,104(1)
	.cfi_restore 22
	lwz 24,112(1)
	.cfi_restore 24
	lwz 25,116(1)
	.cfi_restore 25
	lwz 26,120(1)
	.cfi_restore 26
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	lwz 23,108(1)
	addi 1,1,144
	.cfi_restore 23
	.cfi_def_cfa_offset 0
	blr
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
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	lis 10,by_key@ha
	lis 9,by_tag_desc@ha
	mflr 0
	la 10,by_key@l(10)
	la 9,by_tag_desc@l(9)
	stw 28,64(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	lis 28,.LANCHOR0@ha
	stw 0,84(1)
	la 28,.LANCHOR0@l(28)
	stw 21,36(1)
	stw 22,40(1)
	stw 23,44(1)
	stw 24,48(1)
	stw 26,56(1)
	stw 31,76(1)
	stw 10,8(1)
	stw 9,12(1)
	stw 25,52(1)
	.cfi_offset 65, 4
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 26, -24
	.cfi_offset 31, -4
	.cfi_offset 25, -28
	addi 25,1,8
	stw 27,60(1)
	.cfi_offset 27, -20
	addi 27,1,4
	stw 29,68(1)
	.cfi_offset 29, -12
	addi 29,28,96
	stw 30,72(1)
	.cfi_offset 30, -8
	addi 30,28,84
.L71:
	mr 26,27
	lwzu 5,4(27)
	li 4,8
	mr 3,28
	mr 31,28
	bl sort
	b .L70
.L107:
	bl put_char
	cmplw 0,31,29
	beq- 0,.L76
.L70:
	lwz 4,0(31)
	srawi 3,4,31
	bl put_int
	li 3,58
	bl put_char
	lwz 3,4(31)
	bl put_str
	li 3,44
	cmplw 0,31,30
	addi 31,31,12
	bne+ 0,.L107
	li 3,10
	bl put_char
.L76:
	cmplw 0,26,25
	bne+ 0,.L71
	lis 23,.LANCHOR1@ha
	lis 24,0xcccc
	la 23,.LANCHOR1@l(23)
	ori 24,24,0xcccd
	addi 25,23,-4
	li 28,0
	mr 26,25
.L74:
	mulhwu 31,28,24
	srwi 31,31,4
	mulli 31,31,20
	subf 31,31,28
	cmpwi 0,31,1
	ble- 0,.L72
	addi 22,31,-2
	addi 3,31,-1
	srwi 27,22,1
	li 29,0
	addi 30,27,1
	li 21,0
	andi. 9,30,0x1
	beq- 0,.L73
	bl fib
	mr 30,27
	cmpwi 0,27,0
	mr 29,3
	addi 3,31,-3
	beq- 0,.L104
.L73:
	addi 31,3,-2
	bl fib
	mr 9,3
	addi 30,30,-1
	mr 3,31
	add 29,29,9
	bl fib
	addic. 30,30,-1
	mr 9,3
	add 21,21,9
	addi 3,31,-2
	bne+ 0,.L73
.L104:
	mulli 31,27,-2
	add 29,29,21
	add 31,31,22
	add 31,31,29
.L72:
	addi 28,28,1
	stwu 31,4(26)
	cmpwi 0,28,64
	bne+ 0,.L74
	addi 23,23,252
	li 9,0
	subf 8,25,23
	li 10,0
	addi 8,8,-4
	srwi 8,8,2
	addi 8,8,1
	andi. 7,8,0x3
	beq- 0,.L87
	cmpwi 0,7,1
	beq- 0,.L94
	cmpwi 0,7,2
	beq- 0,.L95
	lwzu 9,4(25)
.L95:
	lwzu 7,4(25)
	add 9,9,7
.L94:
	lwzu 7,4(25)
	cmplw 0,23,25
	add 9,9,7
	beq- 0,.L103
.L87:
	srwi 8,8,2
	mtctr 8
.L75:
	lwz 5,4(25)
	lwz 6,8(25)
	lwz 7,12(25)
	lwzu 8,16(25)
	add 9,9,5
	add 10,10,6
	add 9,9,7
	add 10,10,8
	bdnz .L75
.L103:
	add 31,9,10
	srawi 30,31,31
	mr 4,31
	mr 3,30
	bl put_int
	li 3,10
	bl put_char
	lis 9,0x51eb
	ori 9,9,0x851f
	lwz 0,84(1)
	mulhw 9,31,9
	lwz 21,36(1)
	lwz 22,40(1)
	lwz 23,44(1)
	mtlr 0
	.cfi_restore 65
	srawi 9,9,6
	lwz 24,48(1)
	subf 9,30,9
	lwz 25,52(1)
	mulli 9,9,200
	lwz 26,56(1)
	lwz 27,60(1)
	subf 3,9,31
	lwz 28,64(1)
	lwz 29,68(1)
	lwz 30,72(1)
	lwz 31,76(1)
	addi 1,1,80
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
	.cfi_endproc
.LFE4:
	.size	main,.-main
	.section	.rodata.str1.4,"aMS",@progbits,1
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
