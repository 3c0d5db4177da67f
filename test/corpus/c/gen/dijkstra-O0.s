	.file	"dijkstra.c"
	.machine "440"
	.section	".text"
	.lcomm	cost,144,4
	.type	cost, @object
	.lcomm	dist,576,4
	.type	dist, @object
	.lcomm	prev,576,4
	.type	prev, @object
	.lcomm	heap,2304,4
	.type	heap, @object
	.lcomm	hn,4,4
	.type	hn, @object
	.align 2
	.type	hpush, @function
hpush:
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
	lis 9,hn@ha
	lwz 9,hn@l(9)
	addi 8,9,1
	lis 10,hn@ha
	stw 8,hn@l(10)
	stw 9,8(31)
	lwz 9,8(31)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,24(31)
	stw 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	addi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,28(31)
	stw 10,0(9)
	b .L2
.L4:
	lwz 9,8(31)
	addi 9,9,-1
	srawi 9,9,1
	addze 9,9
	stw 9,12(31)
	lwz 9,12(31)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,16(31)
	lwz 9,12(31)
	slwi 9,9,1
	addi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,20(31)
	lwz 9,8(31)
	slwi 10,9,1
	lwz 9,12(31)
	slwi 9,9,1
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	addi 10,9,1
	lwz 9,12(31)
	slwi 9,9,1
	addi 9,9,1
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,16(31)
	stw 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	addi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,20(31)
	stw 10,0(9)
	lwz 9,12(31)
	stw 9,8(31)
.L2:
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L5
	lwz 9,8(31)
	addi 9,9,-1
	srawi 9,9,1
	addze 9,9
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bgt 0,.L4
.L5:
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
	.size	hpush,.-hpush
	.align 2
	.type	hpop, @function
hpop:
.LFB1:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 31,60(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	lis 9,heap@ha
	la 9,heap@l(9)
	lwz 9,0(9)
	stw 9,16(31)
	lis 9,heap@ha
	la 9,heap@l(9)
	lwz 10,4(9)
	lwz 9,40(31)
	stw 10,0(9)
	lis 9,hn@ha
	lwz 9,hn@l(9)
	addi 10,9,-1
	lis 9,hn@ha
	stw 10,hn@l(9)
	lis 9,hn@ha
	lwz 9,hn@l(9)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,heap@ha
	la 9,heap@l(9)
	stw 10,0(9)
	lis 9,hn@ha
	lwz 9,hn@l(9)
	slwi 9,9,1
	addi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,heap@ha
	la 9,heap@l(9)
	stw 10,4(9)
	li 9,0
	stw 9,8(31)
.L11:
	lwz 9,8(31)
	slwi 9,9,1
	addi 9,9,1
	stw 9,20(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,24(31)
	lwz 9,8(31)
	stw 9,12(31)
	lis 9,hn@ha
	lwz 9,hn@l(9)
	lwz 10,20(31)
	cmpw 0,10,9
	bge 0,.L7
	lwz 9,20(31)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,12(31)
	slwi 9,9,1
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bge 0,.L7
	lwz 9,20(31)
	stw 9,12(31)
.L7:
	lis 9,hn@ha
	lwz 9,hn@l(9)
	lwz 10,24(31)
	cmpw 0,10,9
	bge 0,.L8
	lwz 9,24(31)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,12(31)
	slwi 9,9,1
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	bge 0,.L8
	lwz 9,24(31)
	stw 9,12(31)
.L8:
	lwz 10,12(31)
	lwz 9,8(31)
	cmpw 0,10,9
	beq 0,.L14
	lwz 9,12(31)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,28(31)
	lwz 9,12(31)
	slwi 9,9,1
	addi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,32(31)
	lwz 9,8(31)
	slwi 10,9,1
	lwz 9,12(31)
	slwi 9,9,1
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	addi 10,9,1
	lwz 9,12(31)
	slwi 9,9,1
	addi 9,9,1
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,heap@ha
	la 8,heap@l(8)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,28(31)
	stw 10,0(9)
	lwz 9,8(31)
	slwi 9,9,1
	addi 9,9,1
	lis 10,heap@ha
	la 10,heap@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,32(31)
	stw 10,0(9)
	lwz 9,12(31)
	stw 9,8(31)
	b .L11
.L14:
	nop
	lwz 9,16(31)
	mr 3,9
	addi 11,31,64
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	hpop,.-hpop
	.align 2
	.type	neighbours, @function
neighbours:
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
	li 9,0
	stw 9,8(31)
	lwz 9,24(31)
	lis 10,0x2aaa
	ori 10,10,0xaaab
	mulhw 10,9,10
	srawi 8,10,1
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,12
	subf 9,10,9
	stw 9,12(31)
	lwz 9,24(31)
	lis 10,0x2aaa
	ori 10,10,0xaaab
	mulhw 10,9,10
	srawi 10,10,1
	srawi 9,9,31
	subf 9,9,10
	stw 9,16(31)
	lwz 9,12(31)
	cmpwi 0,9,0
	ble 0,.L16
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	slwi 9,9,2
	lwz 10,28(31)
	add 9,10,9
	lwz 10,24(31)
	addi 10,10,-1
	stw 10,0(9)
.L16:
	lwz 9,12(31)
	cmpwi 0,9,10
	bgt 0,.L17
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	slwi 9,9,2
	lwz 10,28(31)
	add 9,10,9
	lwz 10,24(31)
	addi 10,10,1
	stw 10,0(9)
.L17:
	lwz 9,16(31)
	cmpwi 0,9,0
	ble 0,.L18
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	slwi 9,9,2
	lwz 10,28(31)
	add 9,10,9
	lwz 10,24(31)
	addi 10,10,-12
	stw 10,0(9)
.L18:
	lwz 9,16(31)
	cmpwi 0,9,10
	bgt 0,.L19
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	slwi 9,9,2
	lwz 10,28(31)
	add 9,10,9
	lwz 10,24(31)
	addi 10,10,12
	stw 10,0(9)
.L19:
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
.LFE2:
	.size	neighbours,.-neighbours
	.lcomm	parent,576,4
	.type	parent, @object
	.align 2
	.type	find, @function
find:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	b .L22
.L23:
	lis 9,parent@ha
	la 10,parent@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,parent@ha
	la 10,parent@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,parent@ha
	la 8,parent@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lis 9,parent@ha
	la 10,parent@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,8(31)
.L22:
	lis 9,parent@ha
	la 10,parent@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,8(31)
	cmpw 0,10,9
	bne 0,.L23
	lwz 9,8(31)
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	find,.-find
	.align 2
	.type	unite, @function
unite:
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
	bl find
	stw 3,8(31)
	lwz 3,12(31)
	bl find
	stw 3,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	beq 0,.L29
	lwz 9,12(31)
	lwz 10,8(31)
	cmpw 0,10,9
	bge 0,.L27
	mr 10,9
.L27:
	lwz 8,8(31)
	lwz 9,12(31)
	cmpw 0,9,8
	ble 0,.L28
	mr 9,8
.L28:
	lis 8,parent@ha
	la 8,parent@l(8)
	slwi 10,10,2
	add 10,8,10
	stw 9,0(10)
.L29:
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
	.size	unite,.-unite
	.section	.rodata
	.align 2
.LC0:
	.string	"shortest to corner"
	.align 2
.LC1:
	.string	"heap pops"
	.align 2
.LC2:
	.string	"path length"
	.align 2
.LC3:
	.string	"bfs reached"
	.align 2
.LC4:
	.string	"bfs farthest"
	.align 2
.LC5:
	.string	"components"
	.align 2
.LC6:
	.string	"topo:"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-704(1)
	.cfi_def_cfa_offset 704
	mflr 0
	stw 0,708(1)
	stw 31,700(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,2024
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L31
.L32:
	lwz 9,8(31)
	slwi 9,9,13
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,17
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	slwi 9,9,5
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 10,8(31)
	lis 9,0x38e3
	ori 9,9,0x8e39
	mulhwu 9,10,9
	srwi 9,9,1
	mulli 9,9,9
	subf 9,9,10
	addi 9,9,1
	mr 8,9
	lis 9,cost@ha
	la 10,cost@l(9)
	lwz 9,12(31)
	stbx 8,10,9
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L31:
	lwz 9,12(31)
	cmpwi 0,9,143
	ble 0,.L32
	li 9,0
	stw 9,16(31)
	b .L33
.L34:
	lis 9,dist@ha
	la 10,dist@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lis 10,0x7fff
	ori 10,10,0xffff
	stw 10,0(9)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L33:
	lwz 9,16(31)
	cmpwi 0,9,143
	ble 0,.L34
	lis 9,dist@ha
	la 9,dist@l(9)
	li 10,0
	stw 10,0(9)
	li 4,0
	li 3,0
	bl hpush
	li 9,0
	stw 9,20(31)
	b .L35
.L40:
	addi 9,31,624
	mr 3,9
	bl hpop
	stw 3,128(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
	lwz 9,624(31)
	lis 10,dist@ha
	la 10,dist@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,128(31)
	cmpw 0,10,9
	ble 0,.L36
	b .L35
.L36:
	lwz 9,624(31)
	addi 10,31,628
	mr 4,10
	mr 3,9
	bl neighbours
	stw 3,132(31)
	li 9,0
	stw 9,24(31)
	b .L37
.L39:
	lwz 9,24(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,620
	lwz 9,0(9)
	stw 9,136(31)
	lis 9,cost@ha
	la 10,cost@l(9)
	lwz 9,136(31)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	lwz 10,128(31)
	add 9,10,9
	stw 9,140(31)
	lis 9,dist@ha
	la 10,dist@l(9)
	lwz 9,136(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,140(31)
	cmpw 0,10,9
	bge 0,.L38
	lis 9,dist@ha
	la 10,dist@l(9)
	lwz 9,136(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,140(31)
	stw 10,0(9)
	lwz 10,624(31)
	lis 9,prev@ha
	la 8,prev@l(9)
	lwz 9,136(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 4,136(31)
	lwz 3,140(31)
	bl hpush
.L38:
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L37:
	lwz 10,24(31)
	lwz 9,132(31)
	cmpw 0,10,9
	blt 0,.L39
.L35:
	lis 9,hn@ha
	lwz 9,hn@l(9)
	cmpwi 0,9,0
	bne 0,.L40
	lis 9,dist@ha
	la 9,dist@l(9)
	lwz 9,572(9)
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	lwz 4,20(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 9,0
	stw 9,28(31)
	li 9,143
	stw 9,32(31)
	b .L41
.L42:
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
	lis 9,prev@ha
	la 10,prev@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,32(31)
.L41:
	lwz 9,32(31)
	cmpwi 0,9,0
	bne 0,.L42
	lwz 4,28(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 9,0
	stw 9,36(31)
	b .L43
.L44:
	lis 9,hop.1@ha
	la 10,hop.1@l(9)
	lwz 9,36(31)
	slwi 9,9,2
	add 9,10,9
	li 10,-1
	stw 10,0(9)
	lwz 9,36(31)
	addi 9,9,1
	stw 9,36(31)
.L43:
	lwz 9,36(31)
	cmpwi 0,9,143
	ble 0,.L44
	li 9,0
	stw 9,40(31)
	li 9,0
	stw 9,44(31)
	li 9,0
	stw 9,48(31)
	li 9,0
	stw 9,52(31)
	lis 9,hop.1@ha
	la 9,hop.1@l(9)
	li 10,0
	stw 10,0(9)
	lwz 9,44(31)
	addi 10,9,1
	stw 10,44(31)
	lis 10,queue.0@ha
	la 10,queue.0@l(10)
	slwi 9,9,2
	add 9,10,9
	li 10,0
	stw 10,0(9)
	b .L45
.L50:
	lwz 9,40(31)
	addi 10,9,1
	stw 10,40(31)
	lis 10,queue.0@ha
	la 10,queue.0@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,120(31)
	addi 9,31,644
	mr 4,9
	lwz 3,120(31)
	bl neighbours
	stw 3,124(31)
	lwz 9,48(31)
	addi 9,9,1
	stw 9,48(31)
	lis 9,hop.1@ha
	la 10,hop.1@l(9)
	lwz 9,120(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,52(31)
	cmpw 0,10,9
	bge 0,.L46
	lis 9,hop.1@ha
	la 10,hop.1@l(9)
	lwz 9,120(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,52(31)
.L46:
	li 9,0
	stw 9,56(31)
	b .L47
.L49:
	lwz 9,56(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,636
	lwz 9,0(9)
	lis 10,hop.1@ha
	la 10,hop.1@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	cmpwi 0,9,0
	bge 0,.L48
	lwz 9,56(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,636
	lwz 9,0(9)
	lis 10,cost@ha
	la 10,cost@l(10)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	cmplwi 0,9,6
	bgt 0,.L48
	lis 9,hop.1@ha
	la 10,hop.1@l(9)
	lwz 9,120(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,56(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,636
	lwz 9,0(9)
	addi 10,10,1
	lis 8,hop.1@ha
	la 8,hop.1@l(8)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,44(31)
	addi 10,9,1
	stw 10,44(31)
	lwz 10,56(31)
	slwi 10,10,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,636
	lwz 10,0(10)
	lis 8,queue.0@ha
	la 8,queue.0@l(8)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
.L48:
	lwz 9,56(31)
	addi 9,9,1
	stw 9,56(31)
.L47:
	lwz 10,56(31)
	lwz 9,124(31)
	cmpw 0,10,9
	blt 0,.L49
.L45:
	lwz 10,40(31)
	lwz 9,44(31)
	cmpw 0,10,9
	blt 0,.L50
	lwz 4,48(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	lwz 4,52(31)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	li 9,0
	stw 9,60(31)
	b .L51
.L52:
	lis 9,parent@ha
	la 10,parent@l(9)
	lwz 9,60(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,60(31)
	stw 10,0(9)
	lwz 9,60(31)
	addi 9,9,1
	stw 9,60(31)
.L51:
	lwz 9,60(31)
	cmpwi 0,9,143
	ble 0,.L52
	li 9,0
	stw 9,64(31)
	b .L53
.L57:
	addi 9,31,660
	mr 4,9
	lwz 3,64(31)
	bl neighbours
	stw 3,112(31)
	li 9,0
	stw 9,68(31)
	b .L54
.L56:
	lis 9,cost@ha
	la 10,cost@l(9)
	lwz 9,64(31)
	lbzx 9,10,9
	rlwinm 10,9,0,0xff
	lwz 9,68(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,652
	lwz 9,0(9)
	lis 8,cost@ha
	la 8,cost@l(8)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	subf 9,9,10
	stw 9,116(31)
	lwz 10,116(31)
	li 9,-2
	cmpw 0,10,9
	blt 0,.L55
	lwz 9,116(31)
	cmpwi 0,9,2
	bgt 0,.L55
	lwz 9,68(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,652
	lwz 9,0(9)
	mr 4,9
	lwz 3,64(31)
	bl unite
.L55:
	lwz 9,68(31)
	addi 9,9,1
	stw 9,68(31)
.L54:
	lwz 10,68(31)
	lwz 9,112(31)
	cmpw 0,10,9
	blt 0,.L56
	lwz 9,64(31)
	addi 9,9,1
	stw 9,64(31)
.L53:
	lwz 9,64(31)
	cmpwi 0,9,143
	ble 0,.L57
	li 9,0
	stw 9,72(31)
	li 9,0
	stw 9,76(31)
	b .L58
.L59:
	lwz 3,76(31)
	bl find
	mr 10,3
	lwz 9,76(31)
	xor 9,9,10
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	lwz 10,72(31)
	add 9,10,9
	stw 9,72(31)
	lwz 9,76(31)
	addi 9,9,1
	stw 9,76(31)
.L58:
	lwz 9,76(31)
	cmpwi 0,9,143
	ble 0,.L59
	lwz 4,72(31)
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	addi 9,31,144
	li 10,160
	mr 5,10
	li 4,0
	mr 3,9
	bl memset
	li 9,0
	stw 9,80(31)
	li 9,0
	stw 9,84(31)
	li 9,0
	stw 9,88(31)
	li 9,0
	stw 9,92(31)
	b .L60
.L63:
	lwz 9,92(31)
	slwi 9,9,1
	cmpwi 0,9,38
	bgt 0,.L61
	lwz 9,92(31)
	slwi 9,9,1
	addi 9,9,1
	slwi 10,9,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,136
	lwz 10,0(10)
	addi 10,10,1
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,136
	stw 10,0(9)
.L61:
	lwz 9,92(31)
	mulli 9,9,3
	cmpwi 0,9,37
	bgt 0,.L62
	lwz 9,92(31)
	mulli 9,9,3
	addi 9,9,2
	slwi 10,9,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,136
	lwz 10,0(10)
	addi 10,10,1
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,136
	stw 10,0(9)
.L62:
	lwz 9,92(31)
	addi 9,9,1
	stw 9,92(31)
.L60:
	lwz 9,92(31)
	cmpwi 0,9,39
	ble 0,.L63
	li 9,0
	stw 9,96(31)
	b .L64
.L66:
	lwz 9,96(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,136
	lwz 9,0(9)
	cmpwi 0,9,0
	bne 0,.L65
	lwz 9,88(31)
	addi 10,9,1
	stw 10,88(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,456
	lwz 10,96(31)
	stw 10,0(9)
.L65:
	lwz 9,96(31)
	addi 9,9,1
	stw 9,96(31)
.L64:
	lwz 9,96(31)
	cmpwi 0,9,39
	ble 0,.L66
	b .L67
.L71:
	lwz 9,84(31)
	addi 10,9,1
	stw 10,84(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,456
	lwz 9,0(9)
	stw 9,108(31)
	lwz 9,80(31)
	addi 10,9,1
	stw 10,80(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 10,108(31)
	stw 10,0(9)
	lwz 9,108(31)
	slwi 9,9,1
	addi 9,9,1
	stw 9,676(31)
	lwz 9,108(31)
	mulli 9,9,3
	addi 9,9,2
	stw 9,680(31)
	li 9,0
	stw 9,100(31)
	b .L68
.L70:
	lwz 9,100(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,668
	lwz 9,0(9)
	cmpwi 0,9,39
	bgt 0,.L69
	lwz 9,100(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,668
	lwz 9,0(9)
	slwi 10,9,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,136
	lwz 10,0(10)
	addi 8,10,-1
	slwi 10,9,2
	addi 7,31,8
	add 10,7,10
	addi 10,10,136
	stw 8,0(10)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,136
	lwz 9,0(9)
	cmpwi 0,9,0
	bne 0,.L69
	lwz 9,88(31)
	addi 10,9,1
	stw 10,88(31)
	lwz 10,100(31)
	slwi 10,10,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,668
	lwz 10,0(10)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,456
	stw 10,0(9)
.L69:
	lwz 9,100(31)
	addi 9,9,1
	stw 9,100(31)
.L68:
	lwz 9,100(31)
	cmpwi 0,9,1
	ble 0,.L70
.L67:
	lwz 10,84(31)
	lwz 9,88(31)
	cmpw 0,10,9
	blt 0,.L71
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl print_str
	li 9,0
	stw 9,104(31)
	b .L72
.L73:
	li 3,32
	bl print_char
	lwz 9,104(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 9,0(9)
	mr 3,9
	bl print_int
	lwz 9,104(31)
	addi 9,9,1
	stw 9,104(31)
.L72:
	lwz 10,104(31)
	lwz 9,80(31)
	cmpw 0,10,9
	blt 0,.L73
	bl print_nl
	lis 9,dist@ha
	la 9,dist@l(9)
	lwz 9,572(9)
	mr 3,9
	addi 11,31,704
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
	.size	main,.-main
	.lcomm	hop.1,576,4
	.type	hop.1, @object
	.lcomm	queue.0,576,4
	.type	queue.0, @object
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
