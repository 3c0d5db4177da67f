	.file	"lists.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	msort, @function
msort:
.LFB3:
	.cfi_startproc
	cmpwi 0,3,0
	beqlr- 0
	lwz 10,4(3)
	cmpwi 0,10,0
	beqlr- 0
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	mr 9,3
	stw 0,36(1)
	stmw 30,24(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
.L3:
	lwz 10,4(10)
	mr 8,9
	lwz 9,4(9)
	cmpwi 0,10,0
	bne+ 0,.L5
	mr 9,8
	b .L4
.L5:
	lwz 10,4(10)
	cmpwi 0,10,0
	bne+ 0,.L3
.L4:
	li 10,0
	lwz 30,4(9)
	stw 10,4(9)
	bl msort
	mr 31,3
	mr 3,30
	bl msort
	addi 9,1,8
.L6:
	cmpwi 0,31,0
	bne+ 0,.L8
.L9:
	stw 3,4(9)
	lwz 3,12(1)
	addi 11,1,32
	b _restgpr_30_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 65
.L10:
	.cfi_restore_state
	lwz 8,0(31)
	lwz 10,0(3)
	cmpw 0,8,10
	bgt- 0,.L7
	stw 31,4(9)
	mr 9,31
	lwz 31,4(31)
	b .L6
.L7:
	stw 3,4(9)
	mr 9,3
	lwz 3,4(3)
.L8:
	cmpwi 0,3,0
	bne+ 0,.L10
	mr 3,31
	b .L9
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
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr. 31,3
	stw 0,20(1)
	.cfi_offset 65, 4
	bne+ 0,.L28
	lis 7,.LANCHOR0@ha
	lwz 10,.LANCHOR0@l(7)
	la 9,.LANCHOR0@l(7)
	addi 31,9,4
	addi 6,10,1
	mulli 10,10,12
	stw 6,.LANCHOR0@l(7)
	add 9,9,10
	add 31,31,10
	li 10,0
	stw 4,4(9)
	stw 10,12(9)
	stw 10,8(9)
.L29:
	addi 11,1,16
	mr 3,31
	b _restgpr_31_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 65
.L28:
	.cfi_restore_state
	lwz 9,0(31)
	cmpw 0,9,4
	ble+ 0,.L30
	lwz 3,4(31)
	bl insert
	stw 3,4(31)
	b .L29
.L30:
	bge+ 0,.L29
	lwz 3,8(31)
	bl insert
	stw 3,8(31)
	b .L29
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
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr. 31,3
	stw 0,20(1)
	.cfi_offset 65, 4
	beq- 0,.L34
	lwz 10,0(31)
	cmpw 0,10,4
	ble+ 0,.L35
	lwz 3,4(31)
	bl delete
	stw 3,4(31)
.L34:
	addi 11,1,16
	mr 3,31
	b _restgpr_31_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 65
.L35:
	.cfi_restore_state
	lwz 3,8(31)
	bge+ 0,.L36
.L46:
	bl delete
	stw 3,8(31)
	b .L34
.L36:
	lwz 9,4(31)
	cmpwi 0,9,0
	beq- 0,.L39
	cmpwi 0,3,0
	beq- 0,.L40
	mr 9,3
.L38:
	mr 10,9
	lwz 9,4(9)
	cmpwi 0,9,0
	bne+ 0,.L38
	lwz 4,0(10)
	stw 4,0(31)
	b .L46
.L39:
	mr 31,3
	b .L34
.L40:
	mr 31,9
	b .L34
	.cfi_endproc
.LFE6:
	.size	delete,.-delete
	.align 2
	.type	height, @function
height:
.LFB7:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stmw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr. 30,3
	stw 0,20(1)
	.cfi_offset 65, 4
	beq- 0,.L50
	lwz 3,4(30)
	bl height
	mr 31,3
	lwz 3,8(30)
	bl height
	cmpw 0,31,3
	bge- 0,.L49
	mr 31,3
.L49:
	addi 3,31,1
.L47:
	addi 11,1,16
	b _restgpr_30_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 65
.L50:
	.cfi_restore_state
	li 3,0
	b .L47
	.cfi_endproc
.LFE7:
	.size	height,.-height
	.align 2
	.type	walk, @function
walk:
.LFB9:
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
	mr 29,4
	mr 30,5
.L54:
	cmpwi 0,31,0
	beq- 0,.L55
	lwz 3,4(31)
	mr 5,30
	mr 4,29
	bl walk
	lwz 9,0(29)
	lwz 10,0(31)
	lwz 31,8(31)
	mulli 9,9,31
	add 9,9,10
	stw 9,0(29)
	lwz 9,0(30)
	addi 9,9,1
	stw 9,0(30)
	b .L54
.L55:
	addi 11,1,32
	b _restgpr_29_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_endproc
.LFE9:
	.size	walk,.-walk
	.align 2
	.type	print_list, @function
print_list:
.LFB4:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,4
	stw 0,20(1)
	.cfi_offset 65, 4
	bl print_str
	li 3,58
	bl print_char
.L58:
	cmpwi 0,31,0
	bne+ 0,.L59
	lwz 0,20(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_nl
.L59:
	.cfi_restore_state
	li 3,32
	bl print_char
	lwz 3,0(31)
	bl print_int
	lwz 31,4(31)
	b .L58
	.cfi_endproc
.LFE4:
	.size	print_list,.-print_list
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"list"
.LC1:
	.string	"reversed"
.LC2:
	.string	"sorted"
.LC3:
	.string	"tree nodes"
.LC4:
	.string	"tree height"
.LC5:
	.string	"in-order"
.LC6:
	.string	"found"
.LC7:
	.string	"after delete"
.LC8:
	.string	"lru sum"
.LC9:
	.string	"hits"
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
	lis 11,0x41c6
	li 10,20
	li 5,0
	ori 11,11,0x4e6d
	stmw 26,24(1)
	.cfi_register 65, 0
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	la 31,.LANCHOR0@l(31)
	stw 0,52(1)
	.cfi_offset 65, 4
	lwz 8,1556(31)
	addi 28,31,1560
	li 29,99
	li 3,100
	mtctr 10
	slwi 7,8,3
	add 9,28,7
.L62:
	mullw 29,29,11
	mr 4,5
	stw 4,4(9)
	mr 5,9
	addi 9,9,8
	addi 29,29,12345
	srwi 6,29,16
	divw 10,6,3
	mulli 10,10,100
	subf 10,10,6
	stw 10,-8(9)
	bdnz .L62
	addi 7,7,152
	lis 3,.LC0@ha
	add 28,28,7
	addi 8,8,20
	mr 4,28
	la 3,.LC0@l(3)
	stw 8,1556(31)
	bl print_list
	li 9,0
.L63:
	lwz 30,4(28)
	stw 9,4(28)
	mr 9,28
	cmpwi 0,30,0
	bne+ 0,.L80
	lis 3,.LC1@ha
	mr 4,28
	la 3,.LC1@l(3)
	lis 26,0x41c6
	bl print_list
	mr 3,28
	bl msort
	li 28,60
	mr 4,3
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	ori 26,26,0x4e6d
	bl print_list
	li 27,200
.L64:
	mullw 29,29,26
	mr 3,30
	addi 29,29,12345
	srwi 4,29,16
	divw 9,4,27
	mulli 9,9,200
	subf 4,9,4
	bl insert
	addic. 28,28,-1
	mr 30,3
	bne+ 0,.L64
	addi 5,1,8
	addi 4,1,12
	stw 28,12(1)
	lis 29,.LC5@ha
	stw 28,8(1)
	bl walk
	lwz 4,8(1)
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
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
	li 10,0
	li 4,0
.L65:
	mr 9,30
	b .L71
.L80:
	mr 28,30
	b .L63
.L69:
	ble- 0,.L66
	lwz 9,4(9)
.L71:
	cmpwi 0,9,0
	beq- 0,.L68
	lwz 8,0(9)
	cmpw 0,8,10
	bne+ 0,.L69
.L68:
	addi 10,10,1
	addic 9,9,-1
	cmpwi 0,10,200
	addze 4,4
	bne+ 0,.L65
	lis 3,.LC6@ha
	li 28,0
	la 3,.LC6@l(3)
	bl show_int
.L72:
	mr 4,28
	mr 3,30
	addi 28,28,3
	bl delete
	cmpwi 0,28,201
	mr 30,3
	bne+ 0,.L72
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
	addi 5,31,1540
	stw 5,1548(31)
	li 10,4
	addi 9,31,3608
	mr 8,5
	li 7,-1
	mtctr 10
.L73:
	mr 10,8
	stw 7,0(9)
	stw 10,12(9)
	mr 8,9
	stw 5,8(9)
	stw 9,8(10)
	addi 9,9,16
	bdnz .L73
	lis 7,.LANCHOR1@ha
	lwz 30,3672(31)
	lwz 11,3676(31)
	addi 9,31,3656
	la 7,.LANCHOR1@l(7)
	li 10,20
	stw 9,1552(31)
	addi 7,7,-1
	li 9,0
	li 0,0
	li 4,0
	mtctr 10
.L77:
	lbzu 8,1(7)
	slwi 3,8,2
	add 10,31,3
	lwz 10,3680(10)
	cmpwi 0,10,0
	beq+ 0,.L74
	lwz 8,12(10)
	addi 11,11,1
	lwz 6,8(10)
	li 0,1
	stw 8,12(6)
	stw 6,8(8)
	lwz 8,1552(31)
	stw 5,8(10)
	stw 8,12(10)
	stw 10,8(8)
	stw 10,1552(31)
	lwz 8,4(10)
.L75:
	add 4,4,8
	bdnz .L77
	andi. 9,9,0x1
	beq- 0,.L78
	stw 30,3672(31)
.L78:
	andi. 0,0,0x1
	beq- 0,.L79
	stw 11,3676(31)
.L79:
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_int
	lwz 4,3676(31)
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl show_int
	lwz 4,3672(31)
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl show_int
	lwz 3,3676(31)
	lwz 9,3672(31)
	addi 11,1,48
	mulli 3,3,10
	add 3,3,9
	b _restgpr_26_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
.L66:
	.cfi_restore_state
	lwz 9,8(9)
	b .L71
.L74:
	lwz 9,1548(31)
	addi 30,30,1
	lwz 6,0(9)
	cmpwi 0,6,0
	blt- 0,.L76
	slwi 6,6,2
	add 6,31,6
	stw 10,3680(6)
.L76:
	lwz 10,12(9)
	add 3,31,3
	lwz 6,8(9)
	stw 9,3680(3)
	stw 10,12(6)
	stw 6,8(10)
	stw 8,0(9)
	mullw 8,8,8
	lwz 10,1552(31)
	stw 5,8(9)
	stw 8,4(9)
	stw 10,12(9)
	stw 9,8(10)
	stw 9,1552(31)
	li 9,1
	b .L75
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
