	.file	"lists.c"
	.machine "440"
	.section	".text"
	.lcomm	pool,2048,4
	.type	pool, @object
	.lcomm	used,4,4
	.type	used, @object
	.align 2
	.type	cons, @function
cons:
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
	lis 9,used@ha
	lwz 9,used@l(9)
	addi 8,9,1
	lis 10,used@ha
	stw 8,used@l(10)
	slwi 10,9,3
	lis 9,pool@ha
	la 9,pool@l(9)
	add 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	lwz 10,24(31)
	stw 10,0(9)
	lwz 9,8(31)
	lwz 10,28(31)
	stw 10,4(9)
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	cons,.-cons
	.align 2
	.type	reverse, @function
reverse:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L4
.L5:
	lwz 9,24(31)
	lwz 9,4(9)
	stw 9,12(31)
	lwz 9,24(31)
	lwz 10,8(31)
	stw 10,4(9)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,12(31)
	stw 9,24(31)
.L4:
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L5
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	reverse,.-reverse
	.align 2
	.type	merge, @function
merge:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	addi 9,31,12
	stw 9,8(31)
	b .L8
.L12:
	lwz 9,24(31)
	lwz 10,0(9)
	lwz 9,28(31)
	lwz 9,0(9)
	cmpw 0,10,9
	bgt 0,.L9
	lwz 9,8(31)
	lwz 10,24(31)
	stw 10,4(9)
	lwz 9,24(31)
	lwz 9,4(9)
	stw 9,24(31)
	b .L10
.L9:
	lwz 9,8(31)
	lwz 10,28(31)
	stw 10,4(9)
	lwz 9,28(31)
	lwz 9,4(9)
	stw 9,28(31)
.L10:
	lwz 9,8(31)
	lwz 9,4(9)
	stw 9,8(31)
.L8:
	lwz 9,24(31)
	cmpwi 0,9,0
	beq 0,.L11
	lwz 9,28(31)
	cmpwi 0,9,0
	bne 0,.L12
.L11:
	lwz 9,24(31)
	cmpwi 0,9,0
	beq 0,.L13
	lwz 9,24(31)
	b .L14
.L13:
	lwz 9,28(31)
.L14:
	lwz 10,8(31)
	stw 9,4(10)
	lwz 9,16(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	merge,.-merge
	.align 2
	.type	msort, @function
msort:
.LFB3:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 30,40(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lwz 9,24(31)
	cmpwi 0,9,0
	beq 0,.L17
	lwz 9,24(31)
	lwz 9,4(9)
	cmpwi 0,9,0
	bne 0,.L18
.L17:
	lwz 9,24(31)
	b .L19
.L18:
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,24(31)
	lwz 9,4(9)
	stw 9,12(31)
	b .L20
.L22:
	lwz 9,8(31)
	lwz 9,4(9)
	stw 9,8(31)
	lwz 9,12(31)
	lwz 9,4(9)
	lwz 9,4(9)
	stw 9,12(31)
.L20:
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L21
	lwz 9,12(31)
	lwz 9,4(9)
	cmpwi 0,9,0
	bne 0,.L22
.L21:
	lwz 9,8(31)
	lwz 9,4(9)
	stw 9,16(31)
	lwz 9,8(31)
	li 10,0
	stw 10,4(9)
	lwz 3,24(31)
	bl msort
	mr 30,3
	lwz 3,16(31)
	bl msort
	mr 9,3
	mr 4,9
	mr 3,30
	bl merge
	mr 9,3
.L19:
	mr 3,9
	addi 11,31,48
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
	.size	msort,.-msort
	.align 2
	.type	print_list, @function
print_list:
.LFB4:
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
	stw 3,8(31)
	stw 4,12(31)
	lwz 3,8(31)
	bl print_str
	li 3,58
	bl print_char
	b .L24
.L25:
	li 3,32
	bl print_char
	lwz 9,12(31)
	lwz 9,0(9)
	mr 3,9
	bl print_int
	lwz 9,12(31)
	lwz 9,4(9)
	stw 9,12(31)
.L24:
	lwz 9,12(31)
	cmpwi 0,9,0
	bne 0,.L25
	bl print_nl
	nop
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
.LFE4:
	.size	print_list,.-print_list
	.lcomm	tpool,1536,4
	.type	tpool, @object
	.lcomm	tused,4,4
	.type	tused, @object
	.align 2
	.type	insert, @function
insert:
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
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L27
	lis 9,tused@ha
	lwz 9,tused@l(9)
	addi 8,9,1
	lis 10,tused@ha
	stw 8,tused@l(10)
	mulli 10,9,12
	lis 9,tpool@ha
	la 9,tpool@l(9)
	add 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	lwz 10,28(31)
	stw 10,0(9)
	lwz 9,8(31)
	li 10,0
	stw 10,8(9)
	lwz 9,8(31)
	lwz 10,8(9)
	lwz 9,8(31)
	stw 10,4(9)
	lwz 9,8(31)
	b .L28
.L27:
	lwz 9,24(31)
	lwz 9,0(9)
	lwz 10,28(31)
	cmpw 0,10,9
	bge 0,.L29
	lwz 9,24(31)
	lwz 9,4(9)
	lwz 4,28(31)
	mr 3,9
	bl insert
	mr 10,3
	lwz 9,24(31)
	stw 10,4(9)
	b .L30
.L29:
	lwz 9,24(31)
	lwz 9,0(9)
	lwz 10,28(31)
	cmpw 0,10,9
	ble 0,.L30
	lwz 9,24(31)
	lwz 9,8(9)
	lwz 4,28(31)
	mr 3,9
	bl insert
	mr 10,3
	lwz 9,24(31)
	stw 10,8(9)
.L30:
	lwz 9,24(31)
.L28:
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
.LFE5:
	.size	insert,.-insert
	.align 2
	.type	delete, @function
delete:
.LFB6:
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
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L32
	li 9,0
	b .L33
.L32:
	lwz 9,24(31)
	lwz 9,0(9)
	lwz 10,28(31)
	cmpw 0,10,9
	bge 0,.L34
	lwz 9,24(31)
	lwz 9,4(9)
	lwz 4,28(31)
	mr 3,9
	bl delete
	mr 10,3
	lwz 9,24(31)
	stw 10,4(9)
	b .L35
.L34:
	lwz 9,24(31)
	lwz 9,0(9)
	lwz 10,28(31)
	cmpw 0,10,9
	ble 0,.L36
	lwz 9,24(31)
	lwz 9,8(9)
	lwz 4,28(31)
	mr 3,9
	bl delete
	mr 10,3
	lwz 9,24(31)
	stw 10,8(9)
	b .L35
.L36:
	lwz 9,24(31)
	lwz 9,4(9)
	cmpwi 0,9,0
	bne 0,.L37
	lwz 9,24(31)
	lwz 9,8(9)
	b .L33
.L37:
	lwz 9,24(31)
	lwz 9,8(9)
	cmpwi 0,9,0
	bne 0,.L38
	lwz 9,24(31)
	lwz 9,4(9)
	b .L33
.L38:
	lwz 9,24(31)
	lwz 9,8(9)
	stw 9,8(31)
	b .L39
.L40:
	lwz 9,8(31)
	lwz 9,4(9)
	stw 9,8(31)
.L39:
	lwz 9,8(31)
	lwz 9,4(9)
	cmpwi 0,9,0
	bne 0,.L40
	lwz 9,8(31)
	lwz 10,0(9)
	lwz 9,24(31)
	stw 10,0(9)
	lwz 9,24(31)
	lwz 10,8(9)
	lwz 9,8(31)
	lwz 9,0(9)
	mr 4,9
	mr 3,10
	bl delete
	mr 10,3
	lwz 9,24(31)
	stw 10,8(9)
.L35:
	lwz 9,24(31)
.L33:
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
.LFE6:
	.size	delete,.-delete
	.align 2
	.type	height, @function
height:
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
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L42
	li 9,0
	b .L43
.L42:
	lwz 9,24(31)
	lwz 9,4(9)
	mr 3,9
	bl height
	stw 3,8(31)
	lwz 9,24(31)
	lwz 9,8(9)
	mr 3,9
	bl height
	stw 3,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,9,10
	bge 0,.L44
	mr 9,10
.L44:
	addi 9,9,1
.L43:
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
	.size	height,.-height
	.align 2
	.type	contains, @function
contains:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	b .L46
.L50:
	lwz 9,8(31)
	lwz 9,0(9)
	lwz 10,12(31)
	cmpw 0,10,9
	bge 0,.L47
	lwz 9,8(31)
	lwz 9,4(9)
	b .L48
.L47:
	lwz 9,8(31)
	lwz 9,8(9)
.L48:
	stw 9,8(31)
.L46:
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L49
	lwz 9,8(31)
	lwz 9,0(9)
	lwz 10,12(31)
	cmpw 0,10,9
	bne 0,.L50
.L49:
	lwz 9,8(31)
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	contains,.-contains
	.align 2
	.type	walk, @function
walk:
.LFB9:
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
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L55
	lwz 9,8(31)
	lwz 9,4(9)
	lwz 5,16(31)
	lwz 4,12(31)
	mr 3,9
	bl walk
	lwz 9,12(31)
	lwz 9,0(9)
	mulli 9,9,31
	lwz 10,8(31)
	lwz 10,0(10)
	add 10,9,10
	lwz 9,12(31)
	stw 10,0(9)
	lwz 9,16(31)
	lwz 9,0(9)
	addi 10,9,1
	lwz 9,16(31)
	stw 10,0(9)
	lwz 9,8(31)
	lwz 9,8(9)
	lwz 5,16(31)
	lwz 4,12(31)
	mr 3,9
	bl walk
	b .L52
.L55:
	nop
.L52:
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
.LFE9:
	.size	walk,.-walk
	.lcomm	slots,64,4
	.type	slots, @object
	.lcomm	lru_head,16,4
	.type	lru_head, @object
	.lcomm	index_,256,4
	.type	index_, @object
	.lcomm	hits,4,4
	.type	hits, @object
	.lcomm	misses,4,4
	.type	misses, @object
	.align 2
	.type	unlink_e, @function
unlink_e:
.LFB10:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	lwz 9,8(9)
	lwz 10,8(31)
	lwz 10,12(10)
	stw 10,12(9)
	lwz 9,8(31)
	lwz 9,12(9)
	lwz 10,8(31)
	lwz 10,8(10)
	stw 10,8(9)
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	unlink_e,.-unlink_e
	.align 2
	.type	push_front, @function
push_front:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lis 9,lru_head@ha
	la 9,lru_head@l(9)
	lwz 10,12(9)
	lwz 9,8(31)
	stw 10,12(9)
	lwz 9,8(31)
	lis 10,lru_head@ha
	la 10,lru_head@l(10)
	stw 10,8(9)
	lis 9,lru_head@ha
	la 9,lru_head@l(9)
	lwz 9,12(9)
	lwz 10,8(31)
	stw 10,8(9)
	lis 9,lru_head@ha
	la 9,lru_head@l(9)
	lwz 10,8(31)
	stw 10,12(9)
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	push_front,.-push_front
	.align 2
	.type	lookup, @function
lookup:
.LFB12:
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
	lis 9,index_@ha
	la 10,index_@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L59
	lis 9,hits@ha
	lwz 9,hits@l(9)
	addi 10,9,1
	lis 9,hits@ha
	stw 10,hits@l(9)
	lwz 3,8(31)
	bl unlink_e
	lwz 3,8(31)
	bl push_front
	lwz 9,8(31)
	lwz 9,4(9)
	b .L60
.L59:
	lis 9,misses@ha
	lwz 9,misses@l(9)
	addi 10,9,1
	lis 9,misses@ha
	stw 10,misses@l(9)
	lis 9,lru_head@ha
	la 9,lru_head@l(9)
	lwz 9,8(9)
	stw 9,8(31)
	lwz 9,8(31)
	lwz 9,0(9)
	cmpwi 0,9,0
	blt 0,.L61
	lwz 9,8(31)
	lwz 9,0(9)
	lis 10,index_@ha
	la 10,index_@l(10)
	slwi 9,9,2
	add 9,10,9
	li 10,0
	stw 10,0(9)
.L61:
	lwz 3,8(31)
	bl unlink_e
	lwz 9,8(31)
	lwz 10,24(31)
	stw 10,0(9)
	lwz 9,24(31)
	mullw 10,9,9
	lwz 9,8(31)
	stw 10,4(9)
	lis 9,index_@ha
	la 10,index_@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,8(31)
	stw 10,0(9)
	lwz 3,8(31)
	bl push_front
	lwz 9,8(31)
	lwz 9,4(9)
.L60:
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
.LFE12:
	.size	lookup,.-lookup
	.section	.rodata
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
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 31,76(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,99
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L63
.L64:
	lwz 10,12(31)
	lis 9,0x41c6
	ori 9,9,0x4e6d
	mullw 9,10,9
	addi 9,9,12345
	stw 9,12(31)
	lwz 9,12(31)
	srwi 9,9,16
	mr 10,9
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhw 9,10,9
	srawi 8,9,5
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,100
	subf 9,9,10
	lwz 4,8(31)
	mr 3,9
	bl cons
	stw 3,8(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L63:
	lwz 9,16(31)
	cmpwi 0,9,19
	ble 0,.L64
	lwz 4,8(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_list
	lwz 3,8(31)
	bl reverse
	stw 3,8(31)
	lwz 4,8(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_list
	lwz 3,8(31)
	bl msort
	stw 3,8(31)
	lwz 4,8(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_list
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L65
.L66:
	lwz 10,12(31)
	lis 9,0x41c6
	ori 9,9,0x4e6d
	mullw 9,10,9
	addi 9,9,12345
	stw 9,12(31)
	lwz 9,12(31)
	srwi 9,9,16
	mr 10,9
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhw 9,10,9
	srawi 8,9,6
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,200
	subf 9,9,10
	mr 4,9
	lwz 3,20(31)
	bl insert
	stw 3,20(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L65:
	lwz 9,24(31)
	cmpwi 0,9,59
	ble 0,.L66
	li 9,0
	stw 9,52(31)
	li 9,0
	stw 9,56(31)
	addi 10,31,56
	addi 9,31,52
	mr 5,10
	mr 4,9
	lwz 3,20(31)
	bl walk
	lwz 9,56(31)
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	lwz 3,20(31)
	bl height
	mr 9,3
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	lwz 9,52(31)
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_hex
	li 9,0
	stw 9,28(31)
	li 9,0
	stw 9,32(31)
	b .L67
.L68:
	lwz 4,32(31)
	lwz 3,20(31)
	bl contains
	mr 10,3
	lwz 9,28(31)
	add 9,9,10
	stw 9,28(31)
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L67:
	lwz 9,32(31)
	cmpwi 0,9,199
	ble 0,.L68
	lwz 4,28(31)
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	li 9,0
	stw 9,36(31)
	b .L69
.L70:
	lwz 4,36(31)
	lwz 3,20(31)
	bl delete
	stw 3,20(31)
	lwz 9,36(31)
	addi 9,9,3
	stw 9,36(31)
.L69:
	lwz 9,36(31)
	cmpwi 0,9,199
	ble 0,.L70
	li 9,0
	stw 9,52(31)
	li 9,0
	stw 9,56(31)
	addi 10,31,56
	addi 9,31,52
	mr 5,10
	mr 4,9
	lwz 3,20(31)
	bl walk
	lwz 9,56(31)
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	lwz 9,52(31)
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_hex
	lis 9,lru_head@ha
	la 9,lru_head@l(9)
	lis 10,lru_head@ha
	la 10,lru_head@l(10)
	stw 10,8(9)
	lis 9,lru_head@ha
	la 9,lru_head@l(9)
	lwz 10,8(9)
	lis 9,lru_head@ha
	la 9,lru_head@l(9)
	stw 10,12(9)
	li 9,0
	stw 9,40(31)
	b .L71
.L72:
	lis 9,slots@ha
	la 10,slots@l(9)
	lwz 9,40(31)
	slwi 9,9,4
	add 9,10,9
	li 10,-1
	stw 10,0(9)
	lwz 9,40(31)
	slwi 10,9,4
	lis 9,slots@ha
	la 9,slots@l(9)
	add 9,10,9
	mr 3,9
	bl push_front
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L71:
	lwz 9,40(31)
	cmpwi 0,9,3
	ble 0,.L72
	li 9,0
	stw 9,44(31)
	li 9,0
	stw 9,48(31)
	b .L73
.L74:
	lis 9,refs.0@ha
	la 10,refs.0@l(9)
	lwz 9,48(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	mr 3,9
	bl lookup
	mr 10,3
	lwz 9,44(31)
	add 9,9,10
	stw 9,44(31)
	lwz 9,48(31)
	addi 9,9,1
	stw 9,48(31)
.L73:
	lwz 9,48(31)
	cmplwi 0,9,19
	ble 0,.L74
	lwz 4,44(31)
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	lis 9,hits@ha
	lwz 9,hits@l(9)
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	lis 9,misses@ha
	lwz 9,misses@l(9)
	mr 4,9
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_int
	lis 9,hits@ha
	lwz 9,hits@l(9)
	mulli 10,9,10
	lis 9,misses@ha
	lwz 9,misses@l(9)
	add 9,10,9
	mr 3,9
	addi 11,31,80
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE13:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	refs.0, @object
	.size	refs.0, 20
refs.0:
	.ascii	"\001\002\003\001\004\005\001\002\006\001\007\001\002\003\004"
	.ascii	"\001\003\005\001?"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
